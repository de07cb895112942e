package co.kustom.ipp.platform;

import static co.kustom.ipp.support.Sessions.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.FlakyCommandGateway;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * While the bus (Axon Server) is out of reach a create fails fast with 503 and Retry-After; a retry with the same
 * Idempotency-Key returns the original outcome: the session the first attempt created when it committed (its answer
 * lost), a fresh attempt when it did not. Never a 404 or a 409 for its own session.
 */
@IntegrationTest
@Import(FlakyCommandGateway.InPlace.class)
class AxonServerOutageApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    FlakyCommandGateway bus;

    @AfterEach
    void busBack() {
        bus.unavailable(false);
    }

    @Test
    void whileTheBusIsUnreachableACreateFailsFastAndItsRetryCreatesTheSessionOnce() {
        Api merchant = Api.at(port).as(merchants.create().apiKey());
        UUID device = Sessions.simulatedDevice(merchant);
        Api withKey = merchant.withHeader("Idempotency-Key", "outage-" + UUID.randomUUID());
        bus.unavailable(true);

        for (int attempt = 0; attempt < 3; attempt++) {
            long started = System.nanoTime();
            ApiResponse refused = withKey.post("/ipp/v1/sessions", body(device, 4200));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(millis).as("answered within 2 s").isLessThan(2000);
        }

        bus.unavailable(false);
        ApiResponse created = withKey.post("/ipp/v1/sessions", body(device, 4200));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        ApiResponse again = withKey.post("/ipp/v1/sessions", body(device, 4200));
        assertThat(again.text("session_id")).isEqualTo(created.text("session_id"));
        assertThat(merchant.get("/ipp/v1/sessions?device_id=" + device).body().get("total_elements").asLong())
                .isOne();
    }

    @Test
    void aCreateWhoseAnswerWasLostAfterItCommittedIsAnsweredWithThatSession() {
        Api merchant = Api.at(port).as(merchants.create().apiKey());
        UUID device = Sessions.simulatedDevice(merchant);
        Api withKey = merchant.withHeader("Idempotency-Key", "lost-reply-" + UUID.randomUUID());
        bus.loseNextReply();

        ApiResponse first = withKey.post("/ipp/v1/sessions", body(device, 4300));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String session = first.text("session_id");
        assertThat(merchant.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CREATED");

        ApiResponse retried = withKey.post("/ipp/v1/sessions", body(device, 4300));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.text("session_id")).isEqualTo(session);
        assertThat(merchant.get("/ipp/v1/sessions?device_id=" + device).body().get("total_elements").asLong())
                .as("one session, not a second one refused as DEVICE_BUSY").isOne();
    }
}
