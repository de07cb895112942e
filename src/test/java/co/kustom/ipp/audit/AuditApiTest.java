package co.kustom.ipp.audit;

import static co.kustom.ipp.support.Sessions.body;
import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What auditors (the event history) and reconciliation jobs (search, reports) read. */
@IntegrationTest
class AuditApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    @Test
    void aSessionsHistoryIsItsEventsInOrderWithWhoCausedThem() {
        TestMerchant merchant = merchants.create();
        Api api = Api.at(port).as(merchant.apiKey());
        String apiKeyId = api.get("/portal/v1/api-keys").body().path("content").get(0).path("id").asText();
        PairedDevice phone = PairedDevice.pair(api, Api.at(port));
        String session = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");
        String path = "/ipp/v1/device/sessions/" + session;
        phone.app().post(path + "/activate", "{\"payment_method\": \"CARD\"}");
        phone.app().post(path + "/fail", "{\"failure_reason\": \"DECLINED_GENERIC\"}");
        phone.app().post(path + "/fail", "{\"failure_reason\": \"INCORRECT_CVC\"}");
        phone.app().post(path + "/complete", "{\"payment_reference\": \"psp-1\"}");

        ApiResponse history = api.get("/ipp/v1/sessions/" + session + "/events");

        assertThat(history.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        history.body().forEach(event -> types.add(event.path("type").asText()));
        assertThat(types).containsExactly("SessionCreated", "SessionActivated", "PaymentAttemptFailed",
                "PaymentAttemptFailed", "SessionFinalized");
        for (int i = 0; i < 5; i++) {
            JsonNode event = history.body().get(i);
            assertThat(event.path("sequence").asLong()).isEqualTo(i);
            assertThat(event.path("occurred_at").asText()).isNotBlank();
            assertThat(event.path("caused_by").path("type").asText()).isEqualTo(i == 0 ? "api_key" : "device");
            assertThat(event.path("caused_by").path("id").asText())
                    .isEqualTo(i == 0 ? apiKeyId : phone.deviceId().toString());
        }
        assertThat(history.body().get(0).path("payload").path("order").path("order_amount").asLong()).isEqualTo(240000);
        assertThat(history.body().get(3).path("payload").path("attempt").asInt()).isEqualTo(2);
        assertThat(history.body().get(3).path("payload").path("failure_reason").asText()).isEqualTo("INCORRECT_CVC");
        assertThat(history.body().get(4).path("payload").path("payment_reference").asText()).isEqualTo("psp-1");

        assertThat(Api.at(port).as(merchants.create().apiKey()).get("/ipp/v1/sessions/" + session + "/events").status())
                .isEqualTo(404);
        assertThat(api.get("/ipp/v1/sessions/" + UUID.randomUUID() + "/events").status()).isEqualTo(404);
    }

    @Test
    void simulatedTapsAreRecordedAsCausedByTheDevice() {
        Api api = Api.at(port).as(merchants.create().apiKey());
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap?outcome=DECLINED_GENERIC", null);
        api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap", null);

        JsonNode history = api.get("/ipp/v1/sessions/" + session + "/events").body();

        assertThat(history).hasSize(4);
        for (int i = 1; i < 4; i++) {
            assertThat(history.get(i).path("caused_by").path("type").asText()).isEqualTo("device");
            assertThat(history.get(i).path("caused_by").path("id").asText()).isEqualTo(device.toString());
        }
    }

    @Test
    void searchFiltersReturnExactlyTheMatchingSessionsOfTheMerchant() {
        TestMerchant a = merchants.create();
        Api api = Api.at(port).as(a.apiKey());
        UUID secondLocation = merchants.addLocation(a.merchantId(), "Second");
        UUID tillOne = Sessions.simulatedDevice(api, a.locationId());
        UUID tillTwo = Sessions.simulatedDevice(api, a.locationId());
        UUID elsewhere = Sessions.simulatedDevice(api, secondLocation);
        String at = "?location_id=" + a.locationId();

        String finalizedCard = create(api, at, tillOne, "REF-1");
        api.post("/ipp/v1/dev/sessions/" + finalizedCard + "/simulate-tap", null);
        String cancelled = create(api, at, tillOne, "REF-2");
        api.put("/ipp/v1/sessions/" + cancelled + "/cancel", null);
        String finalizedSwish = create(api, at, tillTwo, "REF-3");
        api.post("/ipp/v1/dev/sessions/" + finalizedSwish + "/simulate-scan?method=SWISH", null);
        String open = create(api, "?location_id=" + secondLocation, elsewhere, "REF-1");

        TestMerchant b = merchants.create();
        Api other = Api.at(port).as(b.apiKey());
        String foreign = create(other, "", Sessions.simulatedDevice(other), "REF-1");

        assertThat(ids(api, "")).containsExactly(open, finalizedSwish, cancelled, finalizedCard);
        assertThat(ids(api, "?status=FINALIZED")).containsExactly(finalizedSwish, finalizedCard);
        assertThat(ids(api, "?status=FINALIZED&status=CANCELLED")).containsExactly(finalizedSwish, cancelled, finalizedCard);
        assertThat(ids(api, "?device_id=" + tillOne)).containsExactly(cancelled, finalizedCard);
        assertThat(ids(api, "?location_id=" + secondLocation)).containsExactly(open);
        assertThat(ids(api, "?merchant_reference1=REF-1")).containsExactly(open, finalizedCard);
        assertThat(ids(api, "?payment_method=SWISH")).containsExactly(finalizedSwish);
        assertThat(ids(api, "?payment_method=CARD&status=FINALIZED")).containsExactly(finalizedCard);
        assertThat(ids(other, "?merchant_reference1=REF-1")).containsExactly(foreign);

        Instant cancelledAt = Instant.parse(api.get("/ipp/v1/sessions/" + cancelled).text("created_at"));
        Instant swishAt = Instant.parse(api.get("/ipp/v1/sessions/" + finalizedSwish).text("created_at"));
        assertThat(ids(api, "?created_from=" + cancelledAt + "&created_to=" + swishAt)).containsExactly(cancelled);
        assertThat(ids(api, "?created_from=" + swishAt)).containsExactly(open, finalizedSwish);
        ApiResponse page = api.get("/ipp/v1/sessions?page_size=3&page_number=1");
        assertThat(page.body().path("total_elements").asLong()).isEqualTo(4);
        assertThat(page.body().path("content").get(0).path("session_id").asText()).isEqualTo(finalizedCard);

        assertThat(api.get("/ipp/v1/sessions?status=DONE").body().path("errors").has("status")).isTrue();
        assertThat(api.get("/ipp/v1/sessions?created_from=yesterday").body().path("errors").has("created_from")).isTrue();
        assertThat(api.get("/ipp/v1/sessions?created_from=" + swishAt + "&created_to=" + cancelledAt).status())
                .isEqualTo(400);
    }

    @Test
    void reportSumsEqualTheSessionsToTheMinorUnit() {
        TestMerchant merchant = merchants.create();
        Api api = Api.at(port).as(merchant.apiKey());
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES);
        UUID device = Sessions.simulatedDevice(api);
        Map<String, long[]> expected = new HashMap<>();
        long[][] sessions = {{12345, 0}, {99999, 1}, {250, 2}, {7777, 0}, {100000, 3}, {31, 0}};
        for (long[] session : sessions) {
            long amount = session[0];
            String currency = session[1] == 3 ? "NOK" : "SEK";
            String id = api.post("/ipp/v1/sessions", body(device, amount).replace("SEK", currency)).text("session_id");
            String status;
            if (session[1] == 0 || session[1] == 3) {
                api.post("/ipp/v1/dev/sessions/" + id + "/simulate-tap", null);
                status = "FINALIZED";
            } else if (session[1] == 1) {
                api.put("/ipp/v1/sessions/" + id + "/cancel", null);
                status = "CANCELLED";
            } else {
                for (int i = 0; i < 3; i++) {
                    api.post("/ipp/v1/dev/sessions/" + id + "/simulate-tap?outcome=DECLINED_GENERIC", null);
                }
                status = "FAILED";
            }
            long[] sums = expected.computeIfAbsent(currency + "/" + status, k -> new long[3]);
            sums[0]++;
            sums[1] += amount;
            sums[2] += amount / 5;
        }
        String open = api.post("/ipp/v1/sessions", body(device, 555)).text("session_id");
        Instant to = Instant.now().plus(1, ChronoUnit.MINUTES);

        ApiResponse report = api.get("/ipp/v1/reports/reconciliation?from=" + from + "&to=" + to + "&group_by=currency");
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        JsonNode sek = row(report.body().path("rows"), "SEK");
        assertThat(sek.path("sessions").asLong()).isEqualTo(6);
        assertThat(sek.path("finalized").path("count").asLong()).isEqualTo(expected.get("SEK/FINALIZED")[0]);
        assertThat(sek.path("finalized").path("amount").asLong()).isEqualTo(expected.get("SEK/FINALIZED")[1]);
        assertThat(sek.path("finalized").path("tax_amount").asLong()).isEqualTo(expected.get("SEK/FINALIZED")[2]);
        assertThat(sek.path("cancelled").path("amount").asLong()).isEqualTo(expected.get("SEK/CANCELLED")[1]);
        assertThat(sek.path("failed").path("count").asLong()).isEqualTo(1);
        assertThat(sek.path("failed").path("amount").asLong()).isEqualTo(expected.get("SEK/FAILED")[1]);
        assertThat(sek.path("open").path("count").asLong()).isEqualTo(1);
        assertThat(sek.path("open").path("amount").asLong()).isEqualTo(555);
        JsonNode nok = row(report.body().path("rows"), "NOK");
        assertThat(nok.path("finalized").path("amount").asLong()).isEqualTo(100000);
        assertThat(report.body().path("totals")).hasSize(2);

        ApiResponse byDay = api.get("/ipp/v1/reports/reconciliation?from=" + from + "&to=" + to);
        assertThat(byDay.body().path("group_by").asText()).isEqualTo("day");
        assertThat(row(byDay.body().path("rows"), "SEK").path("group").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        ApiResponse byMethod = api.get("/ipp/v1/reports/reconciliation?from=" + from + "&to=" + to + "&group_by=payment_method");
        assertThat(byMethod.body().path("rows").toString()).contains("\"group\":\"CARD\"").contains("\"group\":\"NONE\"");

        ApiResponse csv = api.withHeader("Accept", "text/csv")
                .get("/ipp/v1/reports/reconciliation?from=" + from + "&to=" + to + "&group_by=currency");
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.raw().lines().toList();
        assertThat(lines.get(0)).startsWith("group,currency,sessions,finalized_count,finalized_amount");
        long[] sekFinalized = expected.get("SEK/FINALIZED");
        assertThat(lines).contains("SEK,SEK,6," + sekFinalized[0] + "," + sekFinalized[1] + "," + sekFinalized[2] + ",1,"
                + expected.get("SEK/CANCELLED")[1] + ",0,0,1," + expected.get("SEK/FAILED")[1] + ",1,555");
        assertThat(lines).anyMatch(line -> line.startsWith("total,SEK,6,"));

        assertThat(api.get("/ipp/v1/reports/reconciliation?from=" + to + "&to=" + from).status()).isEqualTo(400);
        assertThat(api.get("/ipp/v1/reports/reconciliation?from=" + from + "&to=" + to + "&group_by=hour")
                .body().path("errors").has("group_by")).isTrue();
        assertThat(api.get("/ipp/v1/reports/reconciliation?to=" + to).body().path("errors").has("from")).isTrue();
        assertThat(Api.at(port).as(merchants.create().apiKey())
                .get("/ipp/v1/reports/reconciliation?from=" + from + "&to=" + to).body().path("rows")).isEmpty();
        assertThat(open).isNotNull();
    }

    private static JsonNode row(JsonNode rows, String currency) {
        for (JsonNode row : rows) {
            if (row.path("currency").asText().equals(currency)) {
                return row;
            }
        }
        throw new AssertionError("no " + currency + " row in " + rows);
    }

    private static String create(Api api, String query, UUID device, String reference) {
        return api.post("/ipp/v1/sessions" + query,
                body(device, 1000).replace("{\"device_id\"", "{\"merchant_reference1\": \"" + reference + "\", \"device_id\""))
                .text("session_id");
    }

    private static List<String> ids(Api api, String query) {
        List<String> ids = new ArrayList<>();
        api.get("/ipp/v1/sessions" + query).body().path("content").forEach(s -> ids.add(s.path("session_id").asText()));
        return ids;
    }
}
