package co.kustom.ipp.platform;

import static co.kustom.ipp.support.Sessions.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.IppApplication;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two service instances on one PostgreSQL: dispatch wakes a device waiting on the other one, callbacks go once. */
class TwoInstancesTest {

    private static final String DEMO_KEY = "kco_test_api_two_instances_key_000";

    private static ConfigurableApplicationContext start(EmbeddedPostgres database) {
        return new SpringApplicationBuilder(IppApplication.class).run("--server.port=0",
                "--ipp.data-dir=target/test-data/unused-" + UUID.randomUUID(), "--ipp.demo-api-key=" + DEMO_KEY,
                "--ipp.callback.initial-backoff=PT0.1S",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres");
    }

    private static Api api(ConfigurableApplicationContext service) {
        return Api.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void dispatchAndCallbacksWorkAcrossInstances() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext first = start(database);
             ConfigurableApplicationContext second = start(database);
             CallbackReceiver receiver = CallbackReceiver.start()) {
            Api merchantOnFirst = api(first).as(DEMO_KEY);
            Api merchantOnSecond = api(second).as(DEMO_KEY);
            merchantOnFirst.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}");

            PairedDevice phoneOnSecond = PairedDevice.pair(merchantOnFirst, api(second));
            CompletableFuture<ApiResponse> poll = CompletableFuture.supplyAsync(
                    () -> phoneOnSecond.app().get("/ipp/v1/device/sessions/next?wait_seconds=20"));
            Thread.sleep(500);
            String session = merchantOnFirst.post("/ipp/v1/sessions", body(phoneOnSecond.deviceId(), 4500))
                    .text("session_id");
            ApiResponse woken = poll.get(10, TimeUnit.SECONDS);
            assertThat(woken.status()).isEqualTo(200);
            assertThat(woken.text("session_id")).isEqualTo(session);

            List<String> sessions = new ArrayList<>(List.of(session));
            for (int i = 0; i < 10; i++) {
                Api creator = i % 2 == 0 ? merchantOnFirst : merchantOnSecond;
                sessions.add(creator.post("/ipp/v1/sessions", body(Sessions.simulatedDevice(creator), 100 + i))
                        .text("session_id"));
            }
            List<CallbackReceiver.Received> created = receiver.await(r -> r.type().equals("ipp.session.created"),
                    sessions.size(), Duration.ofSeconds(20));
            Thread.sleep(1000);
            assertThat(receiver.received()).as("each callback sent by exactly one instance, once")
                    .hasSize(sessions.size());
            assertThat(created).extracting(CallbackReceiver.Received::sessionId).containsExactlyInAnyOrderElementsOf(sessions);

            ApiResponse issued = merchantOnFirst.post("/portal/v1/api-keys", "{\"label\": \"till\"}");
            Api tillOnSecond = api(second).as(issued.text("api_key"));
            assertThat(tillOnSecond.get("/ipp/v1/locations").status()).as("the key, now known to the second").isEqualTo(200);
            assertThat(merchantOnFirst.delete("/portal/v1/api-keys/" + issued.text("id")).status()).isEqualTo(204);
            assertThat(refusedWithin(tillOnSecond, Duration.ofSeconds(2)))
                    .as("a key revoked on one instance is refused on the other").isTrue();
        }
    }

    private static boolean refusedWithin(Api api, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (api.get("/ipp/v1/locations").status() == 401) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
