package co.kustom.ipp.platform;

import static co.kustom.ipp.support.Sessions.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** What an operator watches: metrics (operator only), health details (operator only), probes, logs and traces. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "ipp.admin-token=operator-secret-token")
class OperationsApiTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    private Api operator() {
        return Api.at(port).withHeader("Authorization", "Bearer operator-secret-token");
    }

    @Test
    void metricsAreForTheOperatorAndCoverTheBusinessAndAxon() throws Exception {
        assertThat(Api.at(port).withHeader("Accept", "text/plain").get("/actuator/prometheus").status()).isEqualTo(401);
        Api merchant = Api.at(port).as(merchants.create().apiKey());
        assertThat(merchant.withHeader("Accept", "text/plain").get("/actuator/prometheus").status()).isEqualTo(401);

        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            merchant.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}");
            PairedDevice phone = PairedDevice.pair(merchant, Api.at(port));
            var poll = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> phone.app().get("/ipp/v1/device/sessions/next?wait_seconds=10"));
            Thread.sleep(300);
            String session = merchant.post("/ipp/v1/sessions", body(phone.deviceId(), 1500)).text("session_id");
            assertThat(poll.get().status()).isEqualTo(200);
            merchant.put("/ipp/v1/sessions/" + session + "/cancel", null);
            receiver.await(received -> session.equals(received.sessionId()), 2, Duration.ofSeconds(20));
        }

        ApiResponse scraped = operator().withHeader("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.raw())
                .contains("ipp_session_creations_total{application=\"ipp\",currency=\"SEK\"}")
                .contains("ipp_sessions_ended_total{application=\"ipp\",currency=\"SEK\",status=\"CANCELLED\"}")
                .contains("ipp_dispatch_latency_seconds_bucket")
                .contains("ipp_callback_latency_seconds_bucket")
                .contains("ipp_callback_attempts_total{application=\"ipp\",outcome=\"delivered\"}")
                .contains("ipp_callback_backlog{application=\"ipp\",status=\"PENDING\"}")
                .contains("ipp_session_expiry_lag_seconds")
                .contains("ipp_rate_limit_rejections_total")
                .contains("eventProcessor_latency{application=\"ipp\",processorName=\"session-view\"")
                .contains("eventProcessor_capacity{application=\"ipp\",payloadType=\"SessionCreated\","
                        + "processorName=\"session-view\"")
                .contains("eventProcessor_successCounter_total{application=\"ipp\",payloadType=\"SessionCancelled\","
                        + "processorName=\"callback-outbox\"")
                .contains("queryBus_successCounter_total");

        String dashboard = Files.readString(Path.of("grafana/ipp-dashboard.json"));
        Matcher metric = Pattern.compile(
                "\\b(ipp_[a-z_]+|eventProcessor_[a-zA-Z]+|http_server_requests_seconds_[a-z]+|jvm_memory_used_bytes)\\b")
                .matcher(dashboard);
        int used = 0;
        while (metric.find()) {
            used++;
            assertThat(scraped.raw()).as("the dashboard's " + metric.group(1)).contains(metric.group(1));
        }
        assertThat(used).isGreaterThan(10);
    }

    @Test
    void thePlaygroundListensOnLoopbackOnly(@Autowired ServletWebServerApplicationContext context) {
        Object address = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProperty("address");
        assertThat(address).isInstanceOfSatisfying(InetAddress.class,
                bound -> assertThat(bound.isLoopbackAddress()).isTrue());
    }

    @Test
    void healthDetailsAreForTheOperatorAndTheProbesArePublic() {
        ApiResponse anonymous = Api.at(port).get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.raw()).doesNotContain("\"details\"");
        ApiResponse detailed = operator().get("/actuator/health");
        assertThat(detailed.body().path("components").path("db").path("details").path("database").asText())
                .isEqualTo("PostgreSQL");
        assertThat(Api.at(port).get("/actuator/health/liveness").text("status")).isEqualTo("UP");
        ApiResponse readiness = operator().get("/actuator/health/readiness");
        assertThat(readiness.text("status")).isEqualTo("UP");
        assertThat(readiness.body().path("components").has("db")).as(readiness.raw()).isTrue();
        assertThat(Api.at(port).withHeader("Authorization", "Bearer wrong").get("/actuator/health").status())
                .isEqualTo(401);
    }

    @Test
    void theTraceContextOfARequestTravelsToItsCallbacksAndTheMerchantToTheLogs(CapturedOutput output) {
        var merchant = merchants.create();
        Api api = Api.at(port).as(merchant.apiKey());
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}");
            UUID device = Sessions.simulatedDevice(api);
            ApiResponse created = api.withHeader("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                    .post("/ipp/v1/sessions", body(device, 2500));
            String session = created.text("session_id");
            var callback = receiver.await(received -> session.equals(received.sessionId()), 1, Duration.ofSeconds(20))
                    .get(0);
            assertThat(callback.traceparent()).startsWith("00-" + TRACE_ID + "-");

            String correlationId = created.headers().firstValue("Correlation-Id").orElseThrow();
            assertThat(output.getOut().lines()
                    .filter(line -> line.contains("POST /ipp/v1/sessions -> 200"))
                    .filter(line -> line.contains(correlationId) && line.contains(merchant.merchantId().toString()))
                    .count()).as("the request's log line carries its correlation id and merchant").isEqualTo(1);
        }
    }
}
