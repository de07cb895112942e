package co.kustom.ipp.session.web;

import static co.kustom.ipp.support.EventStreamLines.nextData;
import static co.kustom.ipp.support.EventStreamLines.nextEvent;
import static co.kustom.ipp.support.Sessions.body;
import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** API.md §7–9: a session reaches its device, the device collects it, and the playground simulates that. */
@IntegrationTest
class PaymentCollectionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    PairedDevice phone;

    @BeforeEach
    void merchantWithAPairedPhone() {
        api = Api.at(port).as(merchants.create().apiKey());
        phone = PairedDevice.pair(api, Api.at(port));
    }

    @Test
    void aWaitingLongPollAnswersTheMomentASessionIsDispatched() throws Exception {
        CompletableFuture<ApiResponse> poll = CompletableFuture.supplyAsync(
                () -> phone.app().get("/ipp/v1/device/sessions/next?wait_seconds=25"));
        Thread.sleep(500);
        assertThat(poll).as("nothing dispatched yet").isNotDone();

        String session = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");
        ApiResponse answered = poll.get(10, TimeUnit.SECONDS);

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.text("session_id")).isEqualTo(session);
        assertThat(answered.text("status")).isEqualTo("CREATED");
        assertThat(answered.body().path("order_items")).hasSize(2);
    }

    @Test
    void aLongPollReturnsTheOpenSessionAtOnceAndNothingWhenThereIsNone() {
        ApiResponse nothing = phone.app().get("/ipp/v1/device/sessions/next");
        assertThat(nothing.status()).isEqualTo(204);
        Instant before = Instant.now();
        assertThat(phone.app().get("/ipp/v1/device/sessions/next?wait_seconds=1").status()).isEqualTo(204);
        assertThat(Duration.between(before, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));

        String session = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");
        assertThat(phone.app().get("/ipp/v1/device/sessions/next?wait_seconds=30").text("session_id")).isEqualTo(session);

        assertThat(phone.app().get("/ipp/v1/device/sessions/next?wait_seconds=31").body().path("errors")
                .has("wait_seconds")).isTrue();
        assertThat(phone.app().get("/ipp/v1/device/sessions/next?wait_seconds=soon").status()).isEqualTo(400);
        assertThat(api.get("/ipp/v1/devices/" + phone.deviceId()).text("last_seen_at")).isNotNull();
    }

    @Test
    void aDeviceIsOnlineWhileItPollsAndANeverSeenOneIsNot() {
        UUID neverSeen = Sessions.simulatedDevice(api);
        assertThat(api.get("/ipp/v1/devices/" + neverSeen).body().path("online").asBoolean()).isFalse();
        assertThat(api.get("/ipp/v1/devices/" + phone.deviceId()).body().path("online").asBoolean()).isFalse();

        phone.app().get("/ipp/v1/device/sessions/next");

        ApiResponse seen = api.get("/ipp/v1/devices/" + phone.deviceId());
        assertThat(seen.body().path("online").asBoolean()).isTrue();
        assertThat(seen.text("last_seen_at")).isNotNull();
        assertThat(api.get("/ipp/v1/devices").body().path("content").findValues("online"))
                .extracting(JsonNode::asBoolean).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void theEventStreamDeliversDispatchAndCancel() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ipp/v1/device/events"))
                .header("Authorization", phone.app().headerValue("Authorization"))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Void>> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    response.body().forEach(lines::add);
                    return null;
                });
        try {
            Thread.sleep(500);
            String session = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");
            assertThat(nextEvent(lines)).isEqualTo("session.dispatched");
            assertThat(nextData(lines)).contains("\"session_id\":\"" + session + "\"").contains("\"status\":\"CREATED\"");

            api.put("/ipp/v1/sessions/" + session + "/cancel", null);
            assertThat(nextEvent(lines)).isEqualTo("session.cancelled");
            assertThat(nextData(lines)).contains(session).contains("CANCELLED");
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void deletingTheDeviceEndsItsLongPollAndEventStreamAtOnce() throws Exception {
        CompletableFuture<ApiResponse> poll = CompletableFuture.supplyAsync(
                () -> phone.app().get("/ipp/v1/device/sessions/next?wait_seconds=30"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ipp/v1/device/events"))
                .header("Authorization", phone.app().headerValue("Authorization")).build();
        CompletableFuture<HttpResponse<String>> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        assertThat(poll).isNotDone();
        assertThat(stream).isNotDone();

        assertThat(api.delete("/ipp/v1/devices/" + phone.deviceId()).status()).isEqualTo(204);

        assertThat(poll.get(5, TimeUnit.SECONDS).status()).isEqualTo(204);
        assertThat(stream.get(5, TimeUnit.SECONDS).statusCode()).as("the stream ended").isEqualTo(200);
        assertThat(phone.app().get("/ipp/v1/device/sessions/next").status()).isEqualTo(401);
    }

    @Test
    void theDeviceCollectsACardPayment() {
        String session = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");

        ApiResponse active = phone.app().post("/ipp/v1/device/sessions/" + session + "/activate",
                "{\"payment_method\": \"CARD\"}");
        assertThat(active.status()).as(active.raw()).isEqualTo(200);
        assertThat(active.text("status")).isEqualTo("ACTIVE");
        assertThat(active.text("payment_method")).isEqualTo("CARD");
        assertThat(UUID.fromString(active.text("order_id"))).isNotNull();

        ApiResponse finalized = phone.app().post("/ipp/v1/device/sessions/" + session + "/complete",
                "{\"payment_reference\": \"psp-4711\"}");
        assertThat(finalized.text("status")).isEqualTo("FINALIZED");
        assertThat(finalized.text("order_id")).isEqualTo(active.text("order_id"));
        assertThat(finalized.text("payment_reference")).isEqualTo("psp-4711");
        assertThat(Instant.parse(finalized.text("purchase_completed_at"))).isEqualTo(Instant.parse(finalized.text("updated_at")));
        assertThat(api.get("/ipp/v1/sessions/" + session).body()).isEqualTo(finalized.body());

        ApiResponse again = phone.app().post("/ipp/v1/device/sessions/" + session + "/complete", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("error_code")).isEqualTo("SESSION_FINALIZED");
        assertThat(api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).status()).as("the device is free").isEqualTo(200);
    }

    @Test
    void threeDeclinesFailTheSession() {
        String session = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");
        phone.app().post("/ipp/v1/device/sessions/" + session + "/activate", "{\"payment_method\": \"CARD\"}");
        String fail = "/ipp/v1/device/sessions/" + session + "/fail";

        ApiResponse first = phone.app().post(fail, "{\"failure_reason\": \"DECLINED_GENERIC\"}");
        assertThat(first.text("status")).isEqualTo("ACTIVE");
        assertThat(first.text("failure_reason")).isEqualTo("DECLINED_GENERIC");
        assertThat(phone.app().post(fail, "{\"failure_reason\": \"INSUFFICIENT_FUNDS\"}").text("status")).isEqualTo("ACTIVE");
        ApiResponse third = phone.app().post(fail, "{\"failure_reason\": \"LOST_CARD\"}");
        assertThat(third.text("status")).isEqualTo("FAILED");
        assertThat(third.text("failure_reason")).isEqualTo("LOST_CARD");
        assertThat(phone.app().post(fail, "{\"failure_reason\": \"x\"}").status()).isEqualTo(409);
        assertThat(phone.app().post(fail, "{}").status()).isEqualTo(400);
    }

    @Test
    void aDeviceSeesAndTouchesOnlyItsOwnSessions() {
        PairedDevice other = PairedDevice.pair(api, Api.at(port));
        String session = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");

        assertThat(other.app().post("/ipp/v1/device/sessions/" + session + "/activate",
                "{\"payment_method\": \"CARD\"}").status()).isEqualTo(404);
        assertThat(other.app().get("/ipp/v1/device/sessions/next").status()).isEqualTo(204);
        assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CREATED");
        assertThat(phone.app().post("/ipp/v1/device/sessions/" + session + "/activate",
                "{\"payment_method\": \"BITCOIN\"}").body().path("errors").has("payment_method")).isTrue();
    }

    @Test
    void aSimulatedDeclineSaysWhatWasSimulated() {
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");

        ApiResponse declined = api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap?outcome=STOLEN_CARD", null);
        assertThat(declined.text("message")).isEqualTo("Card tap simulated: STOLEN_CARD");
        ApiResponse abandoned = api.post("/ipp/v1/dev/sessions/" + api.post("/ipp/v1/sessions",
                seedBody(Sessions.simulatedDevice(api))).text("session_id")
                + "/simulate-scan?method=KLARNA&outcome=ABANDONED", null);
        assertThat(abandoned.text("message")).isEqualTo("Scan to pay simulated: ABANDONED");
    }

    @Test
    void aSimulatedTapCompletesACreatedSessionByCard() {
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");

        ApiResponse tapped = api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap", null);

        assertThat(tapped.status()).as(tapped.raw()).isEqualTo(200);
        assertThat(tapped.text("message")).isEqualTo("Card tap simulated successfully");
        assertThat(tapped.body().path("session").path("status").asText()).isEqualTo("FINALIZED");
        assertThat(tapped.body().path("session").path("payment_method").asText()).isEqualTo("CARD");
        assertThat(tapped.body().path("session").path("order_id").asText()).isNotBlank();
        assertThat(api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap", null).status()).isEqualTo(409);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DECLINED_GENERIC", "INSUFFICIENT_FUNDS", "LOST_CARD", "STOLEN_CARD", "EXPIRED_CARD",
            "INCORRECT_CVC", "PROCESSING_ERROR", "INCORRECT_NUMBER", "CARD_VELOCITY_EXCEEDED"})
    void eachSimulatedDeclineIsAFailedAttemptCarryingItsReason(String outcome) {
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");

        ApiResponse declined = api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap?outcome=" + outcome, null);

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body().path("session").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(declined.body().path("session").path("failure_reason").asText()).isEqualTo(outcome);
    }

    @Test
    void threeSimulatedDeclinesFailTheSession() {
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        String tap = "/ipp/v1/dev/sessions/" + session + "/simulate-tap?outcome=";
        api.post(tap + "DECLINED_GENERIC", null);
        api.post(tap + "INCORRECT_CVC", null);
        ApiResponse third = api.post(tap + "STOLEN_CARD", null);
        assertThat(third.body().path("session").path("status").asText()).isEqualTo("FAILED");
        assertThat(api.post(tap + "SUCCESS", null).status()).isEqualTo(409);
        assertThat(api.post(tap + "MAYBE", null).body().path("errors").has("outcome")).isTrue();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"KLARNA, SEK", "KLARNA, EUR", "SWISH, SEK", "VIPPS, NOK", "VIPPS, DKK", "VIPPS, EUR"})
    void scanToPayCompletesWithEachMethodInItsCurrencies(String method, String currency) {
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", body(device, 10000).replace("SEK", currency)).text("session_id");

        ApiResponse scanned = api.post("/ipp/v1/dev/sessions/" + session + "/simulate-scan?method=" + method, null);

        assertThat(scanned.status()).as(scanned.raw()).isEqualTo(200);
        assertThat(scanned.text("message")).isEqualTo("Scan to pay simulated successfully");
        assertThat(scanned.body().path("session").path("status").asText()).isEqualTo("FINALIZED");
        assertThat(scanned.body().path("session").path("payment_method").asText()).isEqualTo(method);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"SWISH, EUR", "SWISH, NOK", "VIPPS, SEK", "VIPPS, GBP"})
    void scanToPayRefusesACurrencyTheMethodCannotTake(String method, String currency) {
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", body(device, 10000).replace("SEK", currency)).text("session_id");

        ApiResponse refused = api.post("/ipp/v1/dev/sessions/" + session + "/simulate-scan?method=" + method, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").has("method")).isTrue();
        assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CREATED");
    }

    @Test
    void anAbandonedOrDeclinedScanIsAFailedAttempt() {
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", body(device, 10000)).text("session_id");
        String scan = "/ipp/v1/dev/sessions/" + session + "/simulate-scan?method=SWISH&outcome=";
        assertThat(api.post(scan + "ABANDONED", null).body().path("session").path("failure_reason").asText())
                .isEqualTo("ABANDONED");
        assertThat(api.post(scan + "DECLINED", null).body().path("session").path("failure_reason").asText())
                .isEqualTo("DECLINED");
        ApiResponse otherMethod = api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap", null);
        assertThat(otherMethod.status()).isEqualTo(409);
        assertThat(otherMethod.text("error_code")).isEqualTo("PAYMENT_METHOD_MISMATCH");
        assertThat(api.post("/ipp/v1/dev/sessions/" + session + "/simulate-scan", null).body().path("errors")
                .has("method")).isTrue();
    }

    @Test
    void aSimulatedPaymentLeavesTheSameEventsAsARealOne() {
        String real = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");
        phone.app().post("/ipp/v1/device/sessions/" + real + "/activate", "{\"payment_method\": \"CARD\"}");
        phone.app().post("/ipp/v1/device/sessions/" + real + "/fail", "{\"failure_reason\": \"DECLINED_GENERIC\"}");
        phone.app().post("/ipp/v1/device/sessions/" + real + "/complete", "{}");

        UUID device = Sessions.simulatedDevice(api);
        String simulated = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        api.post("/ipp/v1/dev/sessions/" + simulated + "/simulate-tap?outcome=DECLINED_GENERIC", null);
        api.post("/ipp/v1/dev/sessions/" + simulated + "/simulate-tap", null);

        assertThat(eventTypes(simulated)).isEqualTo(eventTypes(real)).containsExactly(
                "co.kustom.ipp.session.api.SessionCreated", "co.kustom.ipp.session.api.SessionActivated",
                "co.kustom.ipp.session.api.PaymentAttemptFailed", "co.kustom.ipp.session.api.SessionFinalized");
    }

    /** Fifty times, the merchant cancels while the device completes: one wins, the other gets a 409. */
    @Test
    void cancelAndCompleteRacingEndInExactlyOneTerminalState() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int race = 0; race < 50; race++) {
                String session = api.post("/ipp/v1/sessions", body(phone.deviceId(), 1000 + race)).text("session_id");
                phone.app().post("/ipp/v1/device/sessions/" + session + "/activate", "{\"payment_method\": \"CARD\"}");
                CountDownLatch start = new CountDownLatch(1);
                Future<ApiResponse> cancel = pool.submit(() -> {
                    start.await();
                    return api.put("/ipp/v1/sessions/" + session + "/cancel", null);
                });
                Future<ApiResponse> complete = pool.submit(() -> {
                    start.await();
                    return phone.app().post("/ipp/v1/device/sessions/" + session + "/complete", "{}");
                });
                start.countDown();
                ApiResponse cancelled = cancel.get(10, TimeUnit.SECONDS);
                ApiResponse completed = complete.get(10, TimeUnit.SECONDS);

                assertThat(List.of(cancelled.status(), completed.status())).as("race " + race).containsExactlyInAnyOrder(200, 409);
                String winner = cancelled.status() == 200 ? "CANCELLED" : "FINALIZED";
                assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo(winner);
                assertThat(eventTypes(session)).hasSize(3);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> eventTypes(String sessionId) {
        return new ArrayList<>(jdbc.queryForList(
                "select payload_type from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                String.class, sessionId));
    }
}
