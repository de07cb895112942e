package co.kustom.ipp.session;

import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.IppApplication;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Expiry that fell due while the service was down fires at the next start, and its callbacks go out. */
class ExpiryAcrossRestartTest {

    private static final String DEMO_KEY = "kco_test_api_expiry_restart_key_00";

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(IppApplication.class).run("--server.port=0", "--ipp.data-dir=" + dataDir,
                "--ipp.demo-api-key=" + DEMO_KEY, "--ipp.session.lifetime=PT3S", "--ipp.callback.initial-backoff=PT0.2S");
    }

    private static Api api(ConfigurableApplicationContext service) {
        return Api.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port"))).as(DEMO_KEY);
    }

    @Test
    void sessionsThatFellDueWhileTheServiceWasDownExpireAtTheNextStart() throws Exception {
        Path dataDir = Path.of("target/test-data/expiry-restart-" + UUID.randomUUID());
        List<String> sessions = new ArrayList<>();
        Instant dueBy;
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            try (ConfigurableApplicationContext service = start(dataDir)) {
                Api api = api(service);
                api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}");
                for (int i = 0; i < 3; i++) {
                    sessions.add(api.post("/ipp/v1/sessions", seedBody(Sessions.simulatedDevice(api))).text("session_id"));
                }
                dueBy = Instant.parse(api.get("/ipp/v1/sessions/" + sessions.get(2)).text("expires_at"));
                for (String session : sessions) {
                    assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CREATED");
                }
            }
            while (Instant.now().isBefore(dueBy.plusSeconds(1))) {
                Thread.sleep(200);
            }
            assertThat(receiver.received()).noneMatch(r -> r.type().equals("ipp.session.expired"));

            try (ConfigurableApplicationContext service = start(dataDir)) {
                Api api = api(service);
                var expired = receiver.await(r -> r.type().equals("ipp.session.expired"), 3, Duration.ofSeconds(20));
                assertThat(expired).extracting(CallbackReceiver.Received::sessionId).containsExactlyInAnyOrderElementsOf(sessions);
                for (String session : sessions) {
                    assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("EXPIRED");
                }
            }
        }
    }
}
