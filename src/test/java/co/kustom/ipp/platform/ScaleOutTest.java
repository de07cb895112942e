package co.kustom.ipp.platform;

import static co.kustom.ipp.support.Sessions.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import co.kustom.ipp.IppApplication;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.Sessions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database share the segments of the processors that have several, and one takes over the
 * other's when it stops; meanwhile every session's callbacks are sent once each, in the session's order.
 */
class ScaleOutTest {

    private static final String DEMO_KEY = "kco_test_api_scale_out_key_000000";
    private static final List<String> SHARED = List.of("session-view", "callback-outbox");
    /** The claim interval the instances run with here, and the bound on a takeover after a graceful stop. */
    private static final Duration CLAIM_INTERVAL = Duration.ofMillis(500);
    private static final Duration TAKEOVER = CLAIM_INTERVAL.multipliedBy(6);

    private static ConfigurableApplicationContext start(EmbeddedPostgres database) {
        return new SpringApplicationBuilder(IppApplication.class).run("--server.port=0",
                "--ipp.data-dir=target/test-data/unused-" + UUID.randomUUID(), "--ipp.demo-api-key=" + DEMO_KEY,
                "--ipp.callback.initial-backoff=PT0.1S", "--ipp.processing.claim-interval=PT0.5S",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres");
    }

    @Test
    void twoInstancesShareTheSegmentsAndOneTakesThemOverWhenTheOtherStops() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext first = start(database);
             CallbackReceiver receiver = CallbackReceiver.start()) {
            Api onFirst = Api.at(port(first)).as(DEMO_KEY);
            onFirst.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}");
            List<String> sessions = new ArrayList<>();
            try (ConfigurableApplicationContext second = start(database)) {
                Api onSecond = Api.at(port(second)).as(DEMO_KEY);
                assertThat(within(Duration.ofSeconds(20), () -> SHARED.stream().allMatch(name ->
                        held(first, name).size() == 1 && held(second, name).size() == 1)))
                        .as("each instance holds one of the two segments of %s", SHARED).isTrue();

                for (int i = 0; i < 10; i++) {
                    sessions.add(createAndCancel(i % 2 == 0 ? onFirst : onSecond, i));
                }
            }
            assertThat(within(TAKEOVER, () -> SHARED.stream().allMatch(name -> held(first, name).size() == 2)))
                    .as("the first holds every segment within %s of the second's stop", TAKEOVER).isTrue();
            for (int i = 10; i < 16; i++) {
                sessions.add(createAndCancel(onFirst, i));
            }

            receiver.await(r -> r.type().equals("ipp.session.cancelled"), sessions.size(), Duration.ofSeconds(30));
            Thread.sleep(CLAIM_INTERVAL.toMillis() * 2);
            Map<String, List<String>> bySession = receiver.received().stream().collect(Collectors.groupingBy(
                    CallbackReceiver.Received::sessionId,
                    Collectors.mapping(CallbackReceiver.Received::type, Collectors.toList())));
            assertThat(bySession.keySet()).containsExactlyInAnyOrderElementsOf(sessions);
            bySession.forEach((session, types) -> assertThat(types).as("the callbacks of %s", session)
                    .containsExactly("ipp.session.created", "ipp.session.cancelled"));
            for (String session : sessions) {
                assertThat(onFirst.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CANCELLED");
            }
        }
    }

    private static String createAndCancel(Api merchant, int i) {
        String session = merchant.post("/ipp/v1/sessions", body(Sessions.simulatedDevice(merchant), 100 + i))
                .text("session_id");
        assertThat(merchant.put("/ipp/v1/sessions/" + session + "/cancel", null).status()).isEqualTo(200);
        return session;
    }

    private static Set<Integer> held(ConfigurableApplicationContext instance, String processor) {
        return new HashSet<>(instance.getBean(Configuration.class).eventProcessingConfiguration()
                .eventProcessor(processor, TrackingEventProcessor.class).orElseThrow().processingStatus().keySet());
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
