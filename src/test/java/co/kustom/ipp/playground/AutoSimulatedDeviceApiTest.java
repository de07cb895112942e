package co.kustom.ipp.playground;

import static co.kustom.ipp.support.Sessions.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestMerchants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Hands-free simulated devices: the amount decides the outcome, and the history is a real device's. */
@IntegrationTest
class AutoSimulatedDeviceApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    Api api;
    UUID device;

    @BeforeEach
    void merchantWithAnAutoDevice() {
        api = Api.at(port).as(merchants.create().apiKey());
        device = UUID.fromString(api.post("/ipp/v1/dev/devices",
                "{\"name\": \"Auto till\", \"metadata\": {\"simulator\": \"auto\"}}").text("id"));
    }

    @Test
    void anAmountEndingIn00IsPaidByCard() throws Exception {
        String session = api.post("/ipp/v1/sessions", body(device, 10000)).text("session_id");

        assertThat(awaitEnd(session).text("status")).isEqualTo("FINALIZED");
        assertThat(eventTypes(session)).containsExactly("SessionCreated", "SessionActivated", "SessionFinalized");
        assertThat(api.get("/ipp/v1/sessions/" + session).text("payment_method")).isEqualTo("CARD");
    }

    @Test
    void anAmountEndingIn04IsDeclinedAsAStolenCardThenPaid() throws Exception {
        String session = api.post("/ipp/v1/sessions", body(device, 10004)).text("session_id");

        assertThat(awaitEnd(session).text("status")).isEqualTo("FINALIZED");
        assertThat(eventTypes(session)).containsExactly("SessionCreated", "SessionActivated",
                "PaymentAttemptFailed", "SessionFinalized");
        assertThat(api.get("/ipp/v1/sessions/" + session + "/events").body().get(2).path("payload")
                .path("failure_reason").asText()).isEqualTo("STOLEN_CARD");
    }

    @Test
    void anAmountEndingIn10FailsAfterThreeDeclinesAndOneIn12IsPaidBySwish() throws Exception {
        String failed = api.post("/ipp/v1/sessions", body(device, 10010)).text("session_id");
        assertThat(awaitEnd(failed).text("status")).isEqualTo("FAILED");

        String swish = api.post("/ipp/v1/sessions", body(device, 10012)).text("session_id");
        ApiResponse paid = awaitEnd(swish);
        assertThat(paid.text("status")).isEqualTo("FINALIZED");
        assertThat(paid.text("payment_method")).isEqualTo("SWISH");
    }

    @Test
    void anAmountEndingIn20IsNeverPickedUpAndManualDevicesStayManual() throws Exception {
        String untouched = api.post("/ipp/v1/sessions", body(device, 10020)).text("session_id");
        UUID manual = UUID.fromString(api.post("/ipp/v1/dev/devices", "{\"name\": \"Manual\"}").text("id"));
        String waiting = api.post("/ipp/v1/sessions", body(manual, 10000)).text("session_id");

        Thread.sleep(1500);

        assertThat(api.get("/ipp/v1/sessions/" + untouched).text("status")).isEqualTo("CREATED");
        assertThat(api.get("/ipp/v1/sessions/" + waiting).text("status")).isEqualTo("CREATED");
    }

    private ApiResponse awaitEnd(String session) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            ApiResponse current = api.get("/ipp/v1/sessions/" + session);
            if (List.of("FINALIZED", "FAILED", "CANCELLED", "EXPIRED").contains(current.text("status"))) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("session " + session + " did not end within 10 s");
    }

    private List<String> eventTypes(String session) {
        List<String> types = new ArrayList<>();
        api.get("/ipp/v1/sessions/" + session + "/events").body().forEach(event -> types.add(event.path("type").asText()));
        return types;
    }
}
