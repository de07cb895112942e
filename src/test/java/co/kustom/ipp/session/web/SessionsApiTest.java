package co.kustom.ipp.session.web;

import static co.kustom.ipp.support.Sessions.body;
import static co.kustom.ipp.support.Sessions.seedBody;
import static co.kustom.ipp.support.Sessions.simulatedDevice;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.kustom.ipp.platform.idempotency.IdempotentRequests;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SessionsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdempotentRequests idempotentRequests;

    TestMerchant merchant;
    Api api;
    UUID device;

    @BeforeEach
    void newMerchantWithADevice() {
        merchant = merchants.create();
        api = Api.at(port).as(merchant.apiKey());
        device = simulatedDevice(api);
    }

    @Test
    void createsTheSeedExampleAndDispatchesItToTheDevice() {
        Instant before = Instant.now();
        ApiResponse created = api.post("/ipp/v1/sessions", seedBody(device));

        assertThat(created.status()).isEqualTo(200);
        JsonNode session = created.body();
        assertThat(session.path("status").asText()).isEqualTo("CREATED");
        assertThat(session.path("device_id").asText()).isEqualTo(device.toString());
        assertThat(session.path("location_id").asText()).isEqualTo(merchant.locationId().toString());
        assertThat(session.path("order_amount").asLong()).isEqualTo(240000);
        assertThat(session.path("order_tax_amount").asLong()).isEqualTo(48000);
        assertThat(session.path("purchase_currency").asText()).isEqualTo("SEK");
        assertThat(session.path("purchase_started_at").asText()).isEqualTo("2024-01-15T10:30:00Z");
        assertThat(session.path("merchant_reference1").asText()).isEqualTo("ORDER-12345");
        assertThat(session.has("order_id")).as("no order before activation").isFalse();
        assertThat(session.path("order_items")).hasSize(2);
        JsonNode tShirt = session.path("order_items").get(0);
        assertThat(tShirt.path("type").asText()).isEqualTo("physical");
        assertThat(tShirt.path("reference").asText()).isEqualTo("SKU-001");
        assertThat(tShirt.path("quantity").asLong()).isEqualTo(2);
        assertThat(tShirt.path("unit_price").asLong()).isEqualTo(100000);
        assertThat(tShirt.path("total_amount").asLong()).isEqualTo(200000);
        assertThat(tShirt.path("tax_rate").asLong()).isEqualTo(2500);
        assertThat(tShirt.path("total_tax_amount").asLong()).isEqualTo(40000);

        Instant createdAt = Instant.parse(session.path("created_at").asText());
        assertThat(createdAt).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(Instant.parse(session.path("expires_at").asText())).isEqualTo(createdAt.plus(Duration.ofHours(1)));
        assertThat(session.path("updated_at").asText()).isEqualTo(session.path("created_at").asText());
    }

    @Test
    void aGetRightAfterCreateAndCancelReadsTheNewState() {
        ApiResponse created = api.post("/ipp/v1/sessions", seedBody(device));
        String id = created.text("session_id");

        ApiResponse read = api.get("/ipp/v1/sessions/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());

        ApiResponse cancelled = api.put("/ipp/v1/sessions/" + id + "/cancel", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(api.get("/ipp/v1/sessions/" + id).text("status")).isEqualTo("CANCELLED");
        assertThat(Instant.parse(cancelled.text("updated_at"))).isAfter(Instant.parse(cancelled.text("created_at")));
    }

    @Test
    void aTerminalSessionRefusesAnotherCancelAndStaysAsItWas() {
        String id = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        JsonNode cancelled = api.put("/ipp/v1/sessions/" + id + "/cancel", null).body();

        ApiResponse again = api.put("/ipp/v1/sessions/" + id + "/cancel", null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("error_code")).isEqualTo("SESSION_NOT_CANCELLABLE");
        assertThat(api.get("/ipp/v1/sessions/" + id).body()).isEqualTo(cancelled);
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void aDeviceWithAnUnfinishedSessionIsBusyUntilItEnds() {
        String first = api.post("/ipp/v1/sessions", body(device, 1000)).text("session_id");

        ApiResponse busy = api.post("/ipp/v1/sessions", body(device, 2000));
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.text("error_code")).isEqualTo("DEVICE_BUSY");
        assertThat(busy.text("detail")).contains(first);

        api.put("/ipp/v1/sessions/" + first + "/cancel", null);
        assertThat(api.post("/ipp/v1/sessions", body(device, 2000)).status()).isEqualTo(200);
    }

    @Test
    void concurrentCreatesForOneDeviceYieldExactlyOneSession() throws Exception {
        int attempts = 20;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<ApiResponse>> creates = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                long amount = 1000 + i;
                creates.add(() -> api.post("/ipp/v1/sessions", body(device, amount)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> result : pool.invokeAll(creates)) {
                statuses.add(result.get().status());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(attempts - 1);
            assertThat(jdbc.queryForObject("select count(*) from session_view where device_id = ?", Long.class, device))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "order_amount missing            | \"order_amount\": 240000,                    | ''                                   | order_amount",
            "purchase_currency missing       | \"purchase_currency\": \"SEK\",              | ''                                   | purchase_currency",
            "purchase_currency not 3 letters | \"purchase_currency\": \"SEK\"               | \"purchase_currency\": \"SEKK\"      | purchase_currency",
            "purchase_currency unsupported   | \"purchase_currency\": \"SEK\"               | \"purchase_currency\": \"JPY\"       | purchase_currency",
            "purchase_currency not ISO 4217  | \"purchase_currency\": \"SEK\"               | \"purchase_currency\": \"ABC\"       | purchase_currency",
            "purchase_started_at missing     | \"purchase_started_at\": \"2024-01-15T10:30:00Z\", | ''                             | purchase_started_at",
            "purchase_started_at malformed   | \"2024-01-15T10:30:00Z\"                     | \"yesterday\"                        | purchase_started_at",
            "order_tax_amount missing        | \"order_tax_amount\": 48000,                 | ''                                   | order_tax_amount",
            "device_id missing               | \"device_id\"                                 | \"no_device\"                        | device_id",
            "order_amount not the sum        | \"order_amount\": 240000                     | \"order_amount\": 230000             | order_amount",
            "order_amount zero               | \"order_amount\": 240000                     | \"order_amount\": 0                  | order_amount",
            "order_tax_amount not the sum    | \"order_tax_amount\": 48000                  | \"order_tax_amount\": 48001          | order_tax_amount",
            "line total not qty x price      | \"total_amount\": 200000                     | \"total_amount\": 199000             | order_items[0].total_amount",
            "quantity zero                   | \"quantity\": 2                              | \"quantity\": 0                      | order_items[0].quantity",
            "tax_rate above 10000            | \"tax_rate\": 2500                         | \"tax_rate\": 10001                 | order_items[0].tax_rate",
            "tax_rate negative               | \"tax_rate\": 2500                         | \"tax_rate\": -1                    | order_items[0].tax_rate",
            "line name missing               | \"name\": \"T-Shirt\",                       | ''                                   | order_items[0].name",
            "line type unknown               | \"type\": \"physical\"                     | \"type\": \"unicorn\"              | order_items[0].type",
            "merchant_reference1 too long    | \"ORDER-12345\"                              | \"R256\"                             | merchant_reference1",
            "order_amount a string           | \"order_amount\": 240000                     | \"order_amount\": \"240000\"         | order_amount",
            "order_amount a fraction         | \"order_amount\": 240000                     | \"order_amount\": 2400.5             | order_amount",
    })
    void refusesAnInvalidCreateNamingTheField(String rule, String replace, String with, String field) {
        String replacement = with.equals("\"R256\"") ? "\"" + "R".repeat(256) + "\"" : with;
        String invalid = seedBody(device).replace(replace, replacement);
        assertThat(invalid).as("the test must change the body").isNotEqualTo(seedBody(device));

        ApiResponse refused = api.post("/ipp/v1/sessions", invalid);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("error_code")).isEqualTo("BAD_VALUE");
        assertThat(refused.body().path("errors").has(field)).as(refused.raw()).isTrue();
        assertThat(refused.text("correlation_id")).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from session_view where device_id = ?", Long.class, device))
                .isZero();
    }

    @Test
    void emptyOrderItemsAreRefused() {
        ApiResponse refused = api.post("/ipp/v1/sessions", """
                {"device_id": "%s", "order_amount": 100, "purchase_currency": "SEK",
                 "purchase_started_at": "2024-01-15T10:30:00Z", "order_tax_amount": 0, "order_items": []}"""
                .formatted(device));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").has("order_items")).isTrue();
    }

    @Test
    void merchantDataIsLimitedTo6000Characters() {
        String withData = body(device, 1000).replace("{\"device_id\"", "{\"merchant_data\": \"%s\", \"device_id\"");
        assertThat(api.post("/ipp/v1/sessions", withData.formatted("x".repeat(6001))).body().path("errors")
                .has("merchant_data")).isTrue();
        ApiResponse accepted = api.post("/ipp/v1/sessions", withData.formatted("x".repeat(6000)));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.text("merchant_data")).hasSize(6000);
    }

    @Test
    void anotherMerchantsSessionAndDeviceDoNotExistForIt() {
        String id = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        TestMerchant other = merchants.create();
        Api intruder = Api.at(port).as(other.apiKey());

        assertThat(intruder.get("/ipp/v1/sessions/" + id).status()).isEqualTo(404);
        assertThat(intruder.put("/ipp/v1/sessions/" + id + "/cancel", null).status()).isEqualTo(404);
        ApiResponse foreignDevice = intruder.post("/ipp/v1/sessions", body(device, 500));
        assertThat(foreignDevice.status()).as("API.md §9: a 404 naming device_id").isEqualTo(404);
        assertThat(foreignDevice.text("error_code")).isEqualTo("DEVICE_NOT_FOUND");
        assertThat(foreignDevice.body().path("errors").has("device_id")).isTrue();
        ApiResponse unknownDevice = intruder.post("/ipp/v1/sessions", body(UUID.randomUUID(), 500));
        assertThat(unknownDevice.status()).isEqualTo(404);
        assertThat(unknownDevice.body().path("errors").has("device_id")).isTrue();
        assertThat(api.get("/ipp/v1/sessions/" + id).text("status")).isEqualTo("CREATED");
    }

    @Test
    void unknownAndMalformedSessionIds() {
        assertThat(api.get("/ipp/v1/sessions/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.put("/ipp/v1/sessions/" + UUID.randomUUID() + "/cancel", null).status()).isEqualTo(404);
        ApiResponse malformed = api.get("/ipp/v1/sessions/12345");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("errors").has("session_id")).isTrue();
    }

    @Test
    void withSeveralLocationsTheSessionTakesTheDevicesAndAGivenOneMustBeThat() {
        UUID secondLocation = merchants.addLocation(merchant.merchantId(), "Second store");

        ApiResponse withoutLocation = api.post("/ipp/v1/sessions", body(device, 500));
        assertThat(withoutLocation.status()).as("the published client never sends location_id").isEqualTo(200);
        assertThat(withoutLocation.text("location_id")).isEqualTo(merchant.locationId().toString());
        api.put("/ipp/v1/sessions/" + withoutLocation.text("session_id") + "/cancel", null);

        ApiResponse elsewhere = api.post("/ipp/v1/sessions?location_id=" + secondLocation, body(device, 500));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body().path("errors").has("location_id")).isTrue();

        ApiResponse foreignLocation = api.post("/ipp/v1/sessions?location_id=" + UUID.randomUUID(), body(device, 500));
        assertThat(foreignLocation.status()).isEqualTo(400);
        assertThat(foreignLocation.body().path("errors").has("location_id")).isTrue();

        ApiResponse malformedLocation = api.post("/ipp/v1/sessions?location_id=nope", body(device, 500));
        assertThat(malformedLocation.status()).isEqualTo(400);
        assertThat(malformedLocation.body().path("errors").has("location_id")).isTrue();

        ApiResponse atItsLocation = api.post("/ipp/v1/sessions?location_id=" + merchant.locationId(), body(device, 500));
        assertThat(atItsLocation.status()).isEqualTo(200);
        assertThat(atItsLocation.text("location_id")).isEqualTo(merchant.locationId().toString());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndCreatesNothing() {
        Api withKey = api.withHeader("Idempotency-Key", "order-12345-attempt");
        ApiResponse first = withKey.post("/ipp/v1/sessions", seedBody(device));
        ApiResponse retry = withKey.post("/ipp/v1/sessions", seedBody(device));

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("select count(*) from session_view where device_id = ?", Long.class, device))
                .isEqualTo(1);

        ApiResponse otherBody = withKey.post("/ipp/v1/sessions", body(device, 999));
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.text("error_code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneSession() throws Exception {
        Api withKey = api.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ApiResponse>> retries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                retries.add(() -> withKey.post("/ipp/v1/sessions", seedBody(device)));
            }
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> answer : pool.invokeAll(retries)) {
                answers.add(answer.get());
            }
            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.raw()).isEqualTo(200));
            assertThat(answers).extracting(answer -> answer.text("session_id")).containsOnly(answers.get(0).text("session_id"));
            assertThat(jdbc.queryForObject("select count(*) from session_view where device_id = ?", Long.class, device))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdempotencyKeyOlderThanItsRetentionStartsANewRequestAndIsPruned() {
        Api withKey = api.withHeader("Idempotency-Key", "order-retention-" + UUID.randomUUID());
        String first = withKey.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        api.put("/ipp/v1/sessions/" + first + "/cancel", null);
        jdbc.update("update idempotency_record set created_at = now() - interval '25 hours' where resource_id = ?",
                UUID.fromString(first));

        ApiResponse again = withKey.post("/ipp/v1/sessions", seedBody(device));
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.text("session_id")).as("a new session").isNotEqualTo(first);

        jdbc.update("update idempotency_record set created_at = now() - interval '25 hours' where resource_id = ?",
                UUID.fromString(again.text("session_id")));
        assertThat(idempotentRequests.prune()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_record where resource_id = ?", Long.class,
                UUID.fromString(again.text("session_id")))).isZero();
    }

    @Test
    void aRequestThatDiedAfterClaimingItsKeyIsTakenOverByTheRetry() {
        String key = "order-crashed-" + UUID.randomUUID();
        ApiResponse first = api.withHeader("Idempotency-Key", key).post("/ipp/v1/sessions", seedBody(device));
        assertThat(first.status()).isEqualTo(200);
        // What a request that died after its command leaves behind: a claim with no answer and an expired lease.
        jdbc.update("update idempotency_record set response_body = null, claimed_until = now() - interval '1 second' "
                + "where merchant_id = ? and idempotency_key = ?", merchant.merchantId(), key);

        ApiResponse retry = api.withHeader("Idempotency-Key", key).post("/ipp/v1/sessions", seedBody(device));

        assertThat(retry.status()).as(retry.raw()).isEqualTo(200);
        assertThat(retry.text("session_id")).as("the session the first request created").isEqualTo(first.text("session_id"));
        assertThat(jdbc.queryForObject("select count(*) from session_view where device_id = ?", Long.class, device))
                .isEqualTo(1);
    }

    @Test
    void aSessionsEventsAreStoredInPostgres() {
        String id = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        api.put("/ipp/v1/sessions/" + id + "/cancel", null);

        List<String> types = jdbc.queryForList(
                "select payload_type from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                String.class, id);
        assertThat(types).containsExactly("co.kustom.ipp.session.api.SessionCreated",
                "co.kustom.ipp.session.api.SessionCancelled");
    }

    private long eventCount(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                aggregateId);
    }
}
