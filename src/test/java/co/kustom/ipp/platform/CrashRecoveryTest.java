package co.kustom.ipp.platform;

import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import co.kustom.ipp.IppApplication;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service as its own process, stopped the ways processes are stopped: SIGTERM (graceful, with a long poll and an
 * event stream open), and SIGKILL of the JVM alone (its PostgreSQL is left running) and of the JVM together with its
 * PostgreSQL. Each following start must succeed at the first attempt and find everything that was acknowledged.
 */
class CrashRecoveryTest {

    private static final String DEMO_KEY = "kco_test_api_demo_key_0123456789abcdef";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Path dataDir = Path.of("target/test-data/crash-" + UUID.randomUUID()).toAbsolutePath();
    private final List<Path> logs = new ArrayList<>();
    private Process service;
    private int port;

    @AfterEach
    void stopService() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void gracefulStopAndBothKindsOfCrashLoseNothingAndRestartAtOnce() throws Exception {
        Api api = start();
        PairedDevice phone = PairedDevice.pair(api, Api.at(port));
        UUID till = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(till)).text("session_id");
        assertThat(api.get("/ipp/v1/sessions/" + session).status()).isEqualTo(200);

        CompletableFuture<HttpResponse<String>> longPoll = deviceCall(phone, "/ipp/v1/device/sessions/next?wait_seconds=30");
        CompletableFuture<HttpResponse<String>> stream = deviceCall(phone, "/ipp/v1/device/events");
        Thread.sleep(500);
        long stopStarted = System.nanoTime();
        service.destroy();
        assertThat(service.waitFor(15, TimeUnit.SECONDS)).as("a SIGTERM ends the service").isTrue();
        Duration stopTook = Duration.ofNanos(System.nanoTime() - stopStarted);
        assertThat(stopTook).as("open long polls and streams do not hold the stop").isLessThan(Duration.ofSeconds(8));
        assertThat(longPoll.get(5, TimeUnit.SECONDS).statusCode()).as("the long poll was answered").isEqualTo(204);
        assertThat(stream.get(5, TimeUnit.SECONDS).statusCode()).as("the stream was closed").isEqualTo(200);
        assertThat(lines(lastLog())).as("a graceful stop logs no error").noneMatch(line -> line.contains(" ERROR "));
        assertThat(lines(lastLog())).anyMatch(line -> line.contains("shut down postmaster"));

        api = start();
        assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CREATED");
        String paid = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");
        service.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(postmasterPid()).map(ProcessHandle::isAlive))
                .as("PostgreSQL outlives a killed JVM").contains(true);

        api = start();
        assertThat(lines(lastLog())).anyMatch(line -> line.contains("was left running"));
        assertThat(api.get("/ipp/v1/sessions/" + paid).status()).isEqualTo(200);
        api.put("/ipp/v1/sessions/" + paid + "/cancel", null);
        ProcessHandle.of(postmasterPid()).orElseThrow().destroyForcibly();
        service.destroyForcibly().waitFor();

        api = start();
        assertThat(api.get("/ipp/v1/sessions/" + paid).text("status")).isEqualTo("CANCELLED");
        assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CREATED");
    }

    /** Starts the service and waits for it to be healthy: a start that fails fails the test (one attempt only). */
    private Api start() throws Exception {
        port = freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + (logs.size() + 1) + ".log");
        Files.createDirectories(log.getParent());
        logs.add(log);
        String java = ProcessHandle.current().info().command().orElse("java");
        service = new ProcessBuilder(java, "-Xmx512m", "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), IppApplication.class.getName(),
                "--server.port=" + port, "--ipp.data-dir=" + dataDir, "--ipp.demo-api-key=" + DEMO_KEY)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service started at the first attempt; see " + log).isTrue();
            try {
                HttpResponse<Void> health = CLIENT.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return Api.at(port).as(DEMO_KEY);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not become healthy; see " + log);
    }

    private CompletableFuture<HttpResponse<String>> deviceCall(PairedDevice phone, String path) {
        return CLIENT.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", phone.app().headerValue("Authorization")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private Path lastLog() {
        return logs.get(logs.size() - 1);
    }

    private static List<String> lines(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
