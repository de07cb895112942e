package co.kustom.ipp.callback;

import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.CallbackReceiver.Received;
import co.kustom.ipp.support.FastCallbackRetries;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.StandardWebhooks;
import co.kustom.ipp.support.TestMerchants;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API.md §11: named webhook destinations, each with the events it wants and a secret of its own. */
@IntegrationTest
@FastCallbackRetries
class WebhookDestinationsApiTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    Api api;
    UUID device;
    final List<CallbackReceiver> receivers = new java.util.ArrayList<>();

    @BeforeEach
    void merchant() {
        api = Api.at(port).as(merchants.create().apiKey());
        device = Sessions.simulatedDevice(api);
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(CallbackReceiver::close);
    }

    private CallbackReceiver receiver() {
        CallbackReceiver receiver = CallbackReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private ApiResponse create(String name, CallbackReceiver receiver, String events) {
        ApiResponse created = api.post("/portal/v1/webhook-destinations", """
                {"name": "%s", "url": "%s"%s}""".formatted(name, receiver.url(),
                events == null ? "" : ", \"events\": " + events));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created;
    }

    private String paidSession() {
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap?outcome=DECLINED_GENERIC", null);
        api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap", null);
        return session;
    }

    @Test
    void eachDestinationGetsTheEventsItWantsSignedWithItsOwnSecret() throws Exception {
        CallbackReceiver everything = receiver();
        CallbackReceiver outcomes = receiver();
        String defaultSecret = api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + everything.url() + "\"}")
                .text("secret");
        ApiResponse finance = create("Finance", outcomes, "[\"ipp.session.finalized\", \"ipp.payment.failed\"]");
        String financeSecret = finance.text("secret");
        assertThat(financeSecret).startsWith("whsec_").isNotEqualTo(defaultSecret);

        String session = paidSession();

        List<Received> all = everything.await(r -> true, 4, WAIT);
        List<Received> some = outcomes.await(r -> true, 2, WAIT);
        Thread.sleep(500);
        assertThat(everything.received()).extracting(Received::type).containsExactly("ipp.session.created",
                "ipp.session.activated", "ipp.payment.failed", "ipp.session.finalized");
        assertThat(outcomes.received()).extracting(Received::type)
                .containsExactly("ipp.payment.failed", "ipp.session.finalized");
        for (Received callback : some) {
            assertThat(StandardWebhooks.verifies(financeSecret, callback.webhookId(), callback.timestamp(),
                    callback.body(), callback.signature())).isTrue();
            assertThat(StandardWebhooks.verifies(defaultSecret, callback.webhookId(), callback.timestamp(),
                    callback.body(), callback.signature())).isFalse();
        }
        assertThat(some).extracting(Received::webhookId).as("one event, one webhook-id, at every destination")
                .containsExactlyElementsOf(all.subList(2, 4).stream().map(Received::webhookId).toList());
        assertThat(some.get(1).body()).isEqualTo(all.get(3).body());

        ApiResponse log = api.get("/portal/v1/callback-deliveries?destination_id=" + finance.text("id"));
        assertThat(log.body().path("total_elements").asLong()).isEqualTo(2);
        JsonNode finalized = log.body().path("content").get(0);
        assertThat(finalized.path("type").asText()).isEqualTo("ipp.session.finalized");
        assertThat(finalized.path("destination_id").asText()).isEqualTo(finance.text("id"));
        assertThat(finalized.path("session_id").asText()).isEqualTo(session);
        assertThat(finalized.path("id").asText()).startsWith("kdlv_").isNotEqualTo(some.get(1).webhookId());
        assertThat(finalized.path("webhook_id").asText()).isEqualTo(some.get(1).webhookId());
        assertThat(api.get("/portal/v1/callback-deliveries").body().path("total_elements").asLong()).isEqualTo(6);
    }

    @Test
    void aDestinationAddedLaterGetsOnlyLaterEvents() {
        CallbackReceiver first = receiver();
        CallbackReceiver later = receiver();
        api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + first.url() + "\"}");
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        first.await(r -> true, 1, WAIT);

        create("Later", later, null);
        api.put("/ipp/v1/sessions/" + session + "/cancel", null);

        assertThat(later.await(r -> true, 1, WAIT)).extracting(Received::type).containsExactly("ipp.session.cancelled");
        assertThat(first.await(r -> true, 2, WAIT)).extracting(Received::type)
                .containsExactly("ipp.session.created", "ipp.session.cancelled");
    }

    @Test
    void destinationsAreListedUpdatedAndDeletedWithoutShowingTheirSecretAgain() {
        CallbackReceiver receiver = receiver();
        api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}");
        ApiResponse created = create("Orders", receiver, "[\"ipp.session.created\", \"ipp.session.created\"]");
        String id = created.text("id");
        assertThat(created.body().path("events")).hasSize(1);
        assertThat(created.text("name")).isEqualTo("Orders");
        assertThat(created.text("created_at")).isNotBlank();

        JsonNode list = api.get("/portal/v1/webhook-destinations").body();
        assertThat(list.path("total_elements").asLong()).isEqualTo(2);
        assertThat(list.path("content").get(0).path("name").asText()).isEqualTo("Default");
        assertThat(list.path("content").get(0).path("events").get(0).asText()).isEqualTo("*");
        assertThat(list.path("content").get(1).path("id").asText()).isEqualTo(id);
        assertThat(list.path("content")).allSatisfy(d -> assertThat(d.path("secret").isTextual()).isFalse());

        ApiResponse updated = api.put("/portal/v1/webhook-destinations/" + id,
                "{\"name\": \"All orders\", \"url\": \"" + receiver.url() + "/v2\", \"events\": [\"*\"]}");
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.text("name")).isEqualTo("All orders");
        assertThat(updated.text("url")).endsWith("/v2");
        assertThat(updated.body().path("events").get(0).asText()).isEqualTo("*");
        assertThat(updated.body().path("secret").isTextual()).isFalse();
        assertThat(api.get("/portal/v1/webhook-destinations/" + id).text("name")).isEqualTo("All orders");

        Api other = Api.at(port).as(merchants.create().apiKey());
        assertThat(other.get("/portal/v1/webhook-destinations/" + id).status()).isEqualTo(404);
        assertThat(other.put("/portal/v1/webhook-destinations/" + id,
                "{\"name\": \"x\", \"url\": \"" + receiver.url() + "\"}").status()).isEqualTo(404);
        assertThat(other.delete("/portal/v1/webhook-destinations/" + id).status()).isEqualTo(404);
        assertThat(other.get("/portal/v1/webhook-destinations").body().path("total_elements").asLong()).isZero();

        assertThat(api.delete("/portal/v1/webhook-destinations/" + id).status()).isEqualTo(204);
        assertThat(api.get("/portal/v1/webhook-destinations/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/portal/v1/webhook-destinations/" + id).status()).isEqualTo(404);
        assertThat(api.get("/portal/v1/webhook-destinations").body().path("total_elements").asLong()).isEqualTo(1);
    }

    /**
     * The default destination's id is the merchant's: configured again after its removal, it is added under the id
     * of the removed one, and the outbox's view takes that row over instead of refusing the event.
     */
    @Test
    void theDefaultDestinationRemovedAndConfiguredAgainIsBackAndGetsCallbacks() {
        CallbackReceiver removed = receiver();
        CallbackReceiver again = receiver();
        api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + removed.url() + "\"}");
        String defaultId = api.get("/portal/v1/webhook-destinations").body().path("content").get(0).path("id").asText();
        assertThat(api.delete("/portal/v1/webhook-destinations/" + defaultId).status()).isEqualTo(204);
        assertThat(api.get("/portal/v1/callback-endpoint").status()).isEqualTo(404);

        ApiResponse configured = api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + again.url() + "\"}");

        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        assertThat(configured.text("url")).isEqualTo(again.url());
        assertThat(configured.text("secret")).startsWith("whsec_");
        assertThat(api.get("/portal/v1/callback-endpoint").text("url")).isEqualTo(again.url());
        assertThat(api.get("/portal/v1/webhook-destinations").body().path("total_elements").asLong()).isEqualTo(1);
        api.post("/ipp/v1/sessions", seedBody(device));
        assertThat(again.await(r -> true, 1, WAIT)).extracting(Received::type).containsExactly("ipp.session.created");
        assertThat(removed.received()).isEmpty();
    }

    @Test
    void aBadDestinationIsRefusedNamingTheField() {
        String url = receiver().url();
        for (String[] bad : new String[][]{
                {"{\"url\": \"" + url + "\"}", "name"},
                {"{\"name\": \"x\"}", "url"},
                {"{\"name\": \"x\", \"url\": \"ftp://example.com\"}", "url"},
                {"{\"name\": \"x\", \"url\": \"" + url + "\", \"events\": []}", "events"},
                {"{\"name\": \"x\", \"url\": \"" + url + "\", \"events\": [\"ipp.session.paid\"]}", "events"},
                {"{\"name\": \"x\", \"url\": \"" + url + "\", \"events\": \"*\"}", "events"},
                {"{\"name\": \"" + "x".repeat(101) + "\", \"url\": \"" + url + "\"}", "name"}}) {
            ApiResponse refused = api.post("/portal/v1/webhook-destinations", bad[0]);
            assertThat(refused.status()).as(bad[0] + " -> " + refused.raw()).isEqualTo(400);
            assertThat(refused.body().path("errors").has(bad[1])).as(refused.raw()).isTrue();
        }
    }

    @Test
    void aMerchantHasAtMostTenDestinations() {
        CallbackReceiver receiver = receiver();
        for (int i = 0; i < 10; i++) {
            create("D" + i, receiver, "[\"ipp.session.expired\"]");
        }
        ApiResponse eleventh = api.post("/portal/v1/webhook-destinations",
                "{\"name\": \"D10\", \"url\": \"" + receiver.url() + "\"}");
        assertThat(eleventh.status()).isEqualTo(409);
        assertThat(eleventh.text("error_code")).isEqualTo("DESTINATION_LIMIT");
    }

    @Test
    void duringARotationBothOfTheDestinationsSecretsSign() throws Exception {
        CallbackReceiver receiver = receiver();
        ApiResponse created = create("Orders", receiver, "[\"ipp.session.created\"]");
        ApiResponse rotated = api.post("/portal/v1/webhook-destinations/" + created.text("id") + "/rotate-secret",
                null);
        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(200);
        assertThat(rotated.text("secret_rotated_at")).isNotBlank();

        api.post("/ipp/v1/sessions", seedBody(device));

        Received callback = receiver.await(r -> true, 1, WAIT).get(0);
        assertThat(callback.signature().split(" ")).hasSize(2);
        for (String secret : List.of(created.text("secret"), rotated.text("secret"))) {
            assertThat(StandardWebhooks.verifies(secret, callback.webhookId(), callback.timestamp(), callback.body(),
                    callback.signature())).isTrue();
        }
    }

    @Test
    void deletingADestinationParksItsPendingDeliveriesWhichCannotBeResent() throws Exception {
        CallbackReceiver down = CallbackReceiver.onFreePortNotYetOpen();
        receivers.add(down);
        String id = create("Down", down, null).text("id");
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        assertThat(api.get("/portal/v1/callback-deliveries?session_id=" + session).body().path("content").get(0)
                .path("status").asText()).isEqualTo("PENDING");

        api.delete("/portal/v1/webhook-destinations/" + id);

        JsonNode parked = api.get("/portal/v1/callback-deliveries?destination_id=" + id).body().path("content").get(0);
        assertThat(parked.path("status").asText()).isEqualTo("FAILED");
        assertThat(parked.path("last_error").asText()).contains("removed");
        ApiResponse resend = api.post("/portal/v1/callback-deliveries/" + parked.path("id").asText() + "/resend", null);
        assertThat(resend.status()).isEqualTo(409);
        assertThat(resend.text("error_code")).isEqualTo("DESTINATION_REMOVED");
        down.open();
        Thread.sleep(1500);
        assertThat(down.received()).isEmpty();
    }
}
