package co.kustom.ipp.benchmark;

import static co.kustom.ipp.support.Sessions.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.TestMerchants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dispatch latency: a device long-polls, the merchant creates a session for it, and the time from sending the
 * create until the poll answers is measured, over a few hundred sessions. Run with {@code ./mvnw -Pbenchmark test}.
 */
@Tag("benchmark")
@IntegrationTest
class DispatchLatencyBenchmark {

    private static final int WARM_UP = 50;
    private static final int SESSIONS = 300;

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    @Test
    void sessionCreatedToLongPollAnswered() throws Exception {
        Api api = Api.at(port).as(merchants.create().apiKey());
        PairedDevice phone = PairedDevice.pair(api, Api.at(port));
        List<Double> dispatchMillis = new ArrayList<>();
        List<Double> createMillis = new ArrayList<>();

        for (int i = 0; i < WARM_UP + SESSIONS; i++) {
            CompletableFuture<Long> answeredAt = CompletableFuture.supplyAsync(() -> {
                ApiResponse poll = phone.app().get("/ipp/v1/device/sessions/next?wait_seconds=10");
                if (poll.status() != 200) {
                    throw new IllegalStateException("poll answered " + poll);
                }
                return System.nanoTime();
            });
            Thread.sleep(20);
            long sent = System.nanoTime();
            String session = api.post("/ipp/v1/sessions", body(phone.deviceId(), 1000 + i)).text("session_id");
            long created = System.nanoTime();
            long answered = answeredAt.get(15, TimeUnit.SECONDS);
            if (i >= WARM_UP) {
                dispatchMillis.add((answered - sent) / 1e6);
                createMillis.add((created - sent) / 1e6);
            }
            api.put("/ipp/v1/sessions/" + session + "/cancel", null);
        }

        System.out.printf("%nDispatch latency over %d sessions (create sent -> long poll answered): "
                        + "median %.1f ms, p99 %.1f ms, max %.1f ms; the create call itself: median %.1f ms, p99 %.1f ms%n%n",
                SESSIONS, percentile(dispatchMillis, 50), percentile(dispatchMillis, 99), Collections.max(dispatchMillis),
                percentile(createMillis, 50), percentile(createMillis, 99));
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
    }
}
