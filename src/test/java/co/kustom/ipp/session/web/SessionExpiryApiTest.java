package co.kustom.ipp.session.web;

import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A session nobody finishes expires at expires_at, through the persistent deadline, and tells everyone. */
@IntegrationTest
@TestPropertySource(properties = {"ipp.session.lifetime=PT2S", "ipp.callback.initial-backoff=PT0.1S"})
class SessionExpiryApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    @Test
    void anUnfinishedSessionExpiresAndCanNoLongerBeCollected() throws Exception {
        Api api = Api.at(port).as(merchants.create().apiKey());
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}");
            PairedDevice phone = PairedDevice.pair(api, Api.at(port));
            ApiResponse created = api.post("/ipp/v1/sessions", seedBody(phone.deviceId()));
            String session = created.text("session_id");
            phone.app().post("/ipp/v1/device/sessions/" + session + "/activate", "{\"payment_method\": \"SWISH\"}");

            String status = awaitStatus(api, session, "EXPIRED", Duration.ofSeconds(10));
            assertThat(status).isEqualTo("EXPIRED");
            ApiResponse expired = api.get("/ipp/v1/sessions/" + session);
            assertThat(Instant.parse(expired.text("updated_at"))).isAfterOrEqualTo(Instant.parse(created.text("expires_at")));

            var callback = receiver.await(r -> r.type().equals("ipp.session.expired"), 1, Duration.ofSeconds(10)).get(0);
            assertThat(callback.sessionId()).isEqualTo(session);
            assertThat(callback.json().path("data").path("order_id").asText()).isEqualTo(expired.text("order_id"));

            var history = api.get("/ipp/v1/sessions/" + session + "/events").body();
            var expiry = history.get(history.size() - 1);
            assertThat(expiry.path("type").asText()).isEqualTo("SessionExpired");
            assertThat(expiry.path("caused_by").path("type").asText()).isEqualTo("system");
            assertThat(expiry.path("caused_by").path("id").asText()).isEqualTo("session-expiry");

            ApiResponse late = phone.app().post("/ipp/v1/device/sessions/" + session + "/complete", "{}");
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.text("error_code")).isEqualTo("SESSION_EXPIRED");
            assertThat(api.put("/ipp/v1/sessions/" + session + "/cancel", null).status()).isEqualTo(409);
            assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("EXPIRED");
            assertThat(phone.app().get("/ipp/v1/device/sessions/next").status()).isEqualTo(204);
            assertThat(api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).status()).as("the device is free")
                    .isEqualTo(200);
        }
    }

    @Test
    void aSessionFinishedInTimeDoesNotExpire() throws Exception {
        Api api = Api.at(port).as(merchants.create().apiKey());
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap", null);

        Thread.sleep(3500);

        assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("FINALIZED");
    }

    static String awaitStatus(Api api, String session, String wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            status = api.get("/ipp/v1/sessions/" + session).text("status");
            if (wanted.equals(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }
}
