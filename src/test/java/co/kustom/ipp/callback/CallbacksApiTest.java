package co.kustom.ipp.callback;

import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.FastCallbackRetries;
import co.kustom.ipp.support.CallbackReceiver.Received;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.StandardWebhooks;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API.md §11: every lifecycle event reaches the merchant's endpoint, signed, in order, once it can be reached. */
@IntegrationTest
@FastCallbackRetries
class CallbacksApiTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    TestMerchant merchant;
    Api api;
    CallbackReceiver receiver;

    @BeforeEach
    void merchantWithAReceiver() {
        merchant = merchants.create();
        api = Api.at(port).as(merchant.apiKey());
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    private String listenOn(CallbackReceiver endpoint) {
        receiver = endpoint;
        ApiResponse configured = api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + endpoint.url() + "\"}");
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        return configured.text("secret");
    }

    /** A card payment declined once then paid; a session cancelled; a session failed by three declines. */
    private Map<String, List<String>> runFlows() {
        UUID device = Sessions.simulatedDevice(api);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        String paid = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        api.post("/ipp/v1/dev/sessions/" + paid + "/simulate-tap?outcome=DECLINED_GENERIC", null);
        api.post("/ipp/v1/dev/sessions/" + paid + "/simulate-tap", null);
        expected.put(paid, List.of("ipp.session.created", "ipp.session.activated", "ipp.payment.failed",
                "ipp.session.finalized"));
        String cancelled = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        api.put("/ipp/v1/sessions/" + cancelled + "/cancel", null);
        expected.put(cancelled, List.of("ipp.session.created", "ipp.session.cancelled"));
        String failed = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        for (String outcome : List.of("LOST_CARD", "STOLEN_CARD", "EXPIRED_CARD")) {
            api.post("/ipp/v1/dev/sessions/" + failed + "/simulate-tap?outcome=" + outcome, null);
        }
        expected.put(failed, List.of("ipp.session.created", "ipp.session.activated", "ipp.payment.failed",
                "ipp.payment.failed", "ipp.payment.failed", "ipp.session.failed"));
        return expected;
    }

    @Test
    void everyLifecycleEventArrivesOnceSignedAndInOrder() throws Exception {
        String secret = listenOn(CallbackReceiver.start());
        Map<String, List<String>> expected = runFlows();

        List<Received> callbacks = receiver.await(r -> true, 12, WAIT);
        Thread.sleep(500);
        assertThat(receiver.received()).as("each exactly once").hasSize(12);
        assertThat(callbacks).extracting(Received::webhookId).doesNotHaveDuplicates();

        for (Received callback : callbacks) {
            assertThat(StandardWebhooks.verifies(secret, callback.webhookId(), callback.timestamp(), callback.body(),
                    callback.signature())).as("signature of " + callback.body()).isTrue();
            JsonNode json = callback.json();
            assertThat(json.path("id").asText()).isEqualTo(callback.webhookId()).startsWith("kevt_");
            assertThat(json.path("merchant_id").asText()).isEqualTo(merchant.merchantId().toString());
            assertThat(json.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
            assertThat(Math.abs(Long.parseLong(callback.timestamp()) - Instant.now().getEpochSecond())).isLessThan(60);
            assertThat(json.path("data").has("order_id")).isTrue();
            assertThat(json.path("data").has("failure_reason")).isTrue();
        }
        for (Map.Entry<String, List<String>> session : expected.entrySet()) {
            assertThat(callbacks.stream().filter(c -> c.sessionId().equals(session.getKey())).map(Received::type))
                    .as("callbacks of session " + session.getKey()).containsExactlyElementsOf(session.getValue());
        }

        Received created = callbacks.get(0);
        assertThat(created.type()).isEqualTo("ipp.session.created");
        assertThat(created.json().path("data").path("order_id").isNull()).isTrue();
        // Callbacks are ordered per session only: the sessions' failed attempts may arrive interleaved.
        List<Received> declined = callbacks.stream().filter(c -> c.type().equals("ipp.payment.failed")).toList();
        assertThat(declined).extracting(c -> c.json().path("data").path("failure_reason").asText())
                .containsExactlyInAnyOrder("DECLINED_GENERIC", "LOST_CARD", "STOLEN_CARD", "EXPIRED_CARD");
        assertThat(declined).allSatisfy(c -> assertThat(c.json().path("data").path("order_id").asText()).isNotBlank());
        Received failed = callbacks.stream().filter(c -> c.type().equals("ipp.session.failed")).findFirst().orElseThrow();
        assertThat(failed.json().path("data").path("failure_reason").asText()).isEqualTo("EXPIRED_CARD");
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheCallbackOnTheFourthTry() {
        listenOn(CallbackReceiver.start());
        receiver.answer(500, 500, 500);
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");

        List<Received> tries = receiver.await(r -> r.type().equals("ipp.session.created"), 4, WAIT);
        assertThat(tries).extracting(Received::webhookId).containsOnly(tries.get(0).webhookId());

        JsonNode delivery = awaitDelivery(session, "DELIVERED");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(4);
        assertThat(delivery.path("last_status_code").asInt()).isEqualTo(200);
        assertThat(delivery.path("id").asText()).isEqualTo(tries.get(0).webhookId());
    }

    @Test
    void aReceiverDownDuringAWholeFlowGetsEveryCallbackInOrderOnceItIsBack() throws Exception {
        listenOn(CallbackReceiver.onFreePortNotYetOpen());
        Map<String, List<String>> expected = runFlows();
        Thread.sleep(1000);
        assertThat(receiver.received()).isEmpty();

        receiver.open();

        List<Received> callbacks = receiver.await(r -> true, 12, WAIT);
        for (Map.Entry<String, List<String>> session : expected.entrySet()) {
            List<String> firstArrivals = new ArrayList<>();
            var seen = new LinkedHashSet<String>();
            callbacks.stream().filter(c -> c.sessionId().equals(session.getKey()))
                    .filter(c -> seen.add(c.webhookId())).forEach(c -> firstArrivals.add(c.type()));
            assertThat(firstArrivals).as("session " + session.getKey()).containsExactlyElementsOf(session.getValue());
        }
    }

    @Test
    void aDeliveryThatKeepsFailingIsParkedAndCanBeResent() {
        listenOn(CallbackReceiver.start());
        receiver.answer(java.util.Collections.nCopies(1000, 503).toArray(Integer[]::new));
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");

        JsonNode parked = awaitDelivery(session, "FAILED");
        assertThat(parked.path("attempts").asInt()).isGreaterThan(3);
        assertThat(parked.path("last_status_code").asInt()).isEqualTo(503);
        assertThat(parked.path("last_error").asText()).contains("503");
        assertThat(api.get("/portal/v1/callback-deliveries?status=FAILED").body().path("total_elements").asLong())
                .isEqualTo(1);

        receiver.clearAnswers();
        String id = parked.path("id").asText();
        assertThat(api.post("/portal/v1/callback-deliveries/" + id + "/resend", null).status()).isEqualTo(202);
        assertThat(awaitDelivery(session, "DELIVERED").path("last_status_code").asInt()).isEqualTo(200);
        assertThat(receiver.await(r -> r.webhookId().equals(id) && true, 1, WAIT)).isNotEmpty();

        assertThat(api.post("/portal/v1/callback-deliveries/kevt_unknown/resend", null).status()).isEqualTo(404);
        assertThat(Api.at(port).as(merchants.create().apiKey())
                .post("/portal/v1/callback-deliveries/" + id + "/resend", null).status()).isEqualTo(404);
    }

    @Test
    void duringARotationBothSecretsSign() throws Exception {
        String oldSecret = listenOn(CallbackReceiver.start());
        String newSecret = api.post("/portal/v1/callback-endpoint/rotate-secret", null).text("secret");
        UUID device = Sessions.simulatedDevice(api);
        api.post("/ipp/v1/sessions", seedBody(device));

        Received callback = receiver.await(r -> true, 1, WAIT).get(0);

        assertThat(callback.signature().split(" ")).hasSize(2);
        assertThat(StandardWebhooks.verifies(oldSecret, callback.webhookId(), callback.timestamp(), callback.body(),
                callback.signature())).isTrue();
        assertThat(StandardWebhooks.verifies(newSecret, callback.webhookId(), callback.timestamp(), callback.body(),
                callback.signature())).isTrue();
    }

    @Test
    void theDeliveryLogIsFilteredAndPaged() {
        listenOn(CallbackReceiver.start());
        Map<String, List<String>> expected = runFlows();
        receiver.await(r -> true, 12, WAIT);
        String cancelled = new ArrayList<>(expected.keySet()).get(1);

        ApiResponse ofSession = api.get("/portal/v1/callback-deliveries?session_id=" + cancelled);
        assertThat(ofSession.body().path("total_elements").asLong()).isEqualTo(2);
        assertThat(ofSession.body().path("content").get(0).path("type").asText()).isEqualTo("ipp.session.cancelled");
        ApiResponse page = api.get("/portal/v1/callback-deliveries?page_size=5&page_number=1");
        assertThat(page.body().path("content")).hasSize(5);
        assertThat(page.body().path("total_elements").asLong()).isEqualTo(12);
        assertThat(api.get("/portal/v1/callback-deliveries?status=SENT").body().path("errors").has("status")).isTrue();
        assertThat(Api.at(port).as(merchants.create().apiKey()).get("/portal/v1/callback-deliveries")
                .body().path("total_elements").asLong()).isZero();
    }

    @Test
    void aMerchantWithoutAnEndpointGetsNoCallbacks() {
        UUID device = Sessions.simulatedDevice(api);
        api.post("/ipp/v1/sessions", seedBody(device));
        assertThat(api.get("/portal/v1/callback-deliveries").body().path("total_elements").asLong()).isZero();
    }

    private JsonNode awaitDelivery(String sessionId, String status) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode content = api.get("/portal/v1/callback-deliveries?session_id=" + sessionId).body().path("content");
            if (content.size() > 0 && content.get(0).path("status").asText().equals(status)) {
                return content.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("delivery of " + sessionId + " did not become " + status);
    }
}
