package co.kustom.ipp.platform;

import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import co.kustom.ipp.IppApplication;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.Sessions;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the API acknowledged is in PostgreSQL: a restarted service answers with the same state. */
class RestartDurabilityTest {

    private static final String DEMO_KEY = "kco_test_api_restart_test_key_0000";

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(IppApplication.class).run(
                "--server.port=0", "--ipp.data-dir=" + dataDir, "--ipp.demo-api-key=" + DEMO_KEY);
    }

    private static Api api(ConfigurableApplicationContext service) {
        return Api.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port"))).as(DEMO_KEY);
    }

    @Test
    void sessionsDevicesAndTheDemoMerchantSurviveARestart() {
        Path dataDir = Path.of("target/test-data/restart-" + UUID.randomUUID());
        String createdSession;
        String cancelledSession;
        JsonNode createdBefore;
        JsonNode cancelledBefore;

        try (ConfigurableApplicationContext service = start(dataDir)) {
            Api api = api(service);
            UUID device = Sessions.simulatedDevice(api);
            UUID secondDevice = Sessions.simulatedDevice(api);
            cancelledSession = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
            cancelledBefore = api.put("/ipp/v1/sessions/" + cancelledSession + "/cancel", null).body();
            createdBefore = api.post("/ipp/v1/sessions", seedBody(secondDevice)).body();
            createdSession = createdBefore.path("session_id").asText();
        }

        try (ConfigurableApplicationContext service = start(dataDir)) {
            Api api = api(service);
            assertThat(api.get("/ipp/v1/sessions/" + cancelledSession).body()).isEqualTo(cancelledBefore);
            assertThat(api.get("/ipp/v1/sessions/" + createdSession).body()).isEqualTo(createdBefore);
            assertThat(api.get("/ipp/v1/devices").body().path("total_elements").asLong()).isEqualTo(2);
            assertThat(api.get("/ipp/v1/locations").body().path("total_elements").asLong())
                    .as("the demo merchant is seeded once, not again on restart").isEqualTo(1);
            ApiResponse cancelAgain = api.put("/ipp/v1/sessions/" + cancelledSession + "/cancel", null);
            assertThat(cancelAgain.status()).as("the aggregate is rebuilt from its stored events").isEqualTo(409);
        }
    }
}
