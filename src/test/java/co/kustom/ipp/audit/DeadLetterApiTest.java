package co.kustom.ipp.audit;

import static co.kustom.ipp.support.Sessions.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.session.api.CancelSession;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * An event the session view's handlers keep failing on is parked with its session's later events, while every other
 * session's events flow; once the cause is gone, the operator's retry applies the parked events in order, once.
 */
@IntegrationTest
@Import(DeadLetterApiTest.FailingForOneMerchant.class)
@TestPropertySource(properties = "ipp.admin-token=operator-secret-token")
class DeadLetterApiTest {

    /** In the session view's group: a failing statement (which leaves the transaction unusable) for one merchant. */
    @TestComponent
    @ProcessingGroup("session-view")
    static class FailingForOneMerchant {

        final Set<UUID> failing = ConcurrentHashMap.newKeySet();
        final Set<UUID> sessionsOfFailing = ConcurrentHashMap.newKeySet();
        final List<String> applied = new CopyOnWriteArrayList<>();
        private final JdbcTemplate jdbc;

        FailingForOneMerchant(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(SessionCreated event) {
            if (failing.contains(event.merchantId())) {
                sessionsOfFailing.add(event.sessionId());
                jdbc.queryForObject("select 1 / 0", Integer.class);
            }
            applied.add("created " + event.sessionId());
        }

        @EventHandler
        void on(SessionCancelled event) {
            if (sessionsOfFailing.contains(event.sessionId()) && !failing.isEmpty()) {
                jdbc.queryForObject("select 1 / 0", Integer.class);
            }
            applied.add("cancelled " + event.sessionId());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    FailingForOneMerchant handler;
    @Autowired
    Commands commands;

    @Test
    void aFailingEventIsParkedWithItsSequenceAndRetriedInOrderOnce() throws Exception {
        TestMerchant failing = merchants.create();
        Api failingMerchant = Api.at(port).as(failing.apiKey());
        Api otherMerchant = Api.at(port).as(merchants.create().apiKey());
        Api operator = Api.at(port).withHeader("Authorization", "Bearer operator-secret-token");
        handler.failing.add(failing.merchantId());

        failingMerchant.post("/ipp/v1/sessions", body(Sessions.simulatedDevice(failingMerchant), 700));
        assertThat(within(Duration.ofSeconds(20), () -> letters(operator).size() == 1)).as("parked").isTrue();
        JsonNode letter = letters(operator).get(0);
        String parked = letter.get("sequence").asText();
        assertThat(handler.sessionsOfFailing).containsExactly(UUID.fromString(parked));
        assertThat(letter.get("processor").asText()).isEqualTo("session-view");
        assertThat(letter.get("event_type").asText()).isEqualTo("SessionCreated");
        assertThat(letter.get("attempts").asInt()).isEqualTo(2);
        assertThat(letter.get("error_message").asText()).contains("division by zero");

        String flowing = otherMerchant.post("/ipp/v1/sessions", body(Sessions.simulatedDevice(otherMerchant), 800))
                .text("session_id");
        assertThat(otherMerchant.get("/ipp/v1/sessions/" + flowing).status()).as("other sessions flow").isEqualTo(200);
        assertThat(failingMerchant.get("/ipp/v1/sessions/" + parked).status()).as("nothing of the parked event")
                .isEqualTo(404);

        commands.sendAndWait(new CancelSession(UUID.fromString(parked), failing.merchantId()));
        assertThat(within(Duration.ofSeconds(10), () -> letters(operator).size() == 2))
                .as("the session's next event waits behind the first").isTrue();
        assertThat(operator.get("/actuator/health").body().at("/components/deadLetters/details/session-view").asInt())
                .isEqualTo(2);

        ApiResponse failedAgain = operator.post("/admin/v1/dead-letters/retry", null);
        assertThat(failedAgain.status()).as(failedAgain.toString()).isEqualTo(200);
        assertThat(failedAgain.body().get("remaining").asLong()).as("a retry that fails leaves them parked").isEqualTo(2);
        assertThat(letters(operator).get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(failingMerchant.get("/ipp/v1/sessions/" + parked).status()).isEqualTo(404);

        handler.failing.clear();
        ApiResponse retried = operator.post("/admin/v1/dead-letters/" + letter.get("id").asText() + "/retry", null);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().get("retried").asBoolean()).isTrue();
        assertThat(letters(operator)).isEmpty();
        assertThat(failingMerchant.get("/ipp/v1/sessions/" + parked).text("status")).isEqualTo("CANCELLED");
        assertThat(handler.applied.stream().filter(applied -> applied.endsWith(parked)).toList())
                .containsExactly("created " + parked, "cancelled " + parked);
    }

    @Test
    void theOperatorAloneSeesAndEvictsDeadLetters() {
        Api merchant = Api.at(port).as(merchants.create().apiKey());
        Api operator = Api.at(port).withHeader("Authorization", "Bearer operator-secret-token");
        assertThat(merchant.get("/admin/v1/dead-letters").status()).isEqualTo(401);
        assertThat(operator.delete("/admin/v1/dead-letters/" + UUID.randomUUID()).status()).isEqualTo(404);
        ApiResponse retried = operator.post("/admin/v1/dead-letters/retry", null);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.body().get("remaining").asLong()).isZero();
    }

    private static List<JsonNode> letters(Api operator) {
        ApiResponse response = operator.get("/admin/v1/dead-letters");
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> letters = new java.util.ArrayList<>();
        response.body().get("content").forEach(letters::add);
        return letters;
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
