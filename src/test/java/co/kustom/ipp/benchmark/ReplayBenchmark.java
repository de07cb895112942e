package co.kustom.ipp.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import co.kustom.ipp.device.api.RegisterDevice;
import co.kustom.ipp.session.api.ActivateSession;
import co.kustom.ipp.session.api.CompleteSession;
import co.kustom.ipp.session.api.CreateSession;
import co.kustom.ipp.session.api.FailPaymentAttempt;
import co.kustom.ipp.session.api.LineItem;
import co.kustom.ipp.session.api.LineItemType;
import co.kustom.ipp.session.api.PaymentMethod;
import co.kustom.ipp.session.api.SessionOrder;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestMerchants;
import com.sun.management.OperatingSystemMXBean;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Replay speed: the event store filled with sessions (created, activated, one declined attempt, completed), then
 * every projection rebuilt through the operator endpoint. Run with {@code ./mvnw -Pbenchmark test}.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = "ipp.admin-token=benchmark-operator-token")
class ReplayBenchmark {

    private static final int DEVICES = 40;
    private static final int SESSIONS_PER_DEVICE = 100;
    /** The first rebuild of a JVM mostly measures the JIT compiler; the later ones what a running service does. */
    private static final int REBUILDS = 3;

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void rebuildTheProjections() throws Exception {
        var merchant = merchants.create();
        List<CompletableFuture<Void>> tills = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            UUID device = UUID.randomUUID();
            commands.sendAndWait(new RegisterDevice(device, merchant.merchantId(), merchant.locationId(), "hw-" + d,
                    null, "Till " + d, Map.of(), true, null));
            tills.add(CompletableFuture.runAsync(() -> {
                for (int s = 0; s < SESSIONS_PER_DEVICE; s++) {
                    UUID session = UUID.randomUUID();
                    commands.sendAndWait(new CreateSession(session, merchant.merchantId(), device,
                            merchant.locationId(), order(1000 + s)));
                    commands.sendAndWait(new ActivateSession(session, device, PaymentMethod.CARD));
                    commands.sendAndWait(new FailPaymentAttempt(session, device, "DECLINED_GENERIC"));
                    commands.sendAndWait(new CompleteSession(session, device, null));
                }
            }));
        }
        CompletableFuture.allOf(tills.toArray(CompletableFuture[]::new)).join();
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        awaitEveryProcessorCaughtUp();

        Api operator = Api.at(port).withHeader("Authorization", "Bearer benchmark-operator-token");
        for (int rebuild = 1; rebuild <= REBUILDS; rebuild++) {
            Map<String, Long> threadsBefore = threadCpu();
            Map<String, Long> threadsSeen = new HashMap<>(threadsBefore);
            long processBefore = processCpu();
            long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long started = System.nanoTime();
            operator.post("/admin/v1/projections/rebuild", null);
            ApiResponse progress;
            do {
                Thread.sleep(50);
                threadsSeen.putAll(threadCpu()); // the processors' threads of the replay end before the rebuild does
                progress = operator.get("/admin/v1/projections/rebuild");
            } while ("RUNNING".equals(progress.text("state")));
            threadsSeen.putAll(threadCpu());
            double seconds = (System.nanoTime() - started) / 1e9;

            System.out.printf("%nRebuild %d: replay of %d events (%d sessions): %s in %.2f s, %.0f events/s end to end "
                            + "(the rebuild reports %s events/s)%n%n", rebuild, events, DEVICES * SESSIONS_PER_DEVICE,
                    progress.text("state"), seconds, events / seconds, progress.text("events_per_second"));
            printCpu(threadsBefore, threadsSeen, processBefore, seconds);
            long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore;
            System.out.printf("  %6.2f s  JIT compilation (the compiler's threads are not listed above)%n",
                    compiling / 1e3);
        }
    }

    /** The JVM's CPU over a rebuild: in all (JIT compiler and GC included) and by thread, the busiest first. */
    private static void printCpu(Map<String, Long> threadsBefore, Map<String, Long> threadsSeen, long processBefore,
                                 double seconds) {
        Map<String, Long> spent = new TreeMap<>();
        threadsSeen.forEach((name, nanos) -> spent.merge(name.replaceAll("#\\d+$", "").replaceAll("-\\d+$", "-*"),
                nanos - threadsBefore.getOrDefault(name, 0L), Long::sum));
        System.out.printf("JVM CPU %.2f s in %.2f s; by thread:%n", (processCpu() - processBefore) / 1e9, seconds);
        spent.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(entry -> System.out.printf("  %6.2f s  %s%n", entry.getValue() / 1e9, entry.getKey()));
    }

    private static Map<String, Long> threadCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                cpu.merge(info.getThreadName() + "#" + info.getThreadId(),
                        Math.max(threads.getThreadCpuTime(info.getThreadId()), 0), Long::sum);
            }
        }
        return cpu;
    }

    private static long processCpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The outbox and the saga lag behind the load above: a rebuild measured while they catch up would share them. */
    private void awaitEveryProcessorCaughtUp() throws InterruptedException {
        while (!processing.eventProcessors().values().stream()
                .map(TrackingEventProcessor.class::cast)
                .allMatch(processor -> processor.processingStatus().values().stream()
                        .allMatch(EventTrackerStatus::isCaughtUp))) {
            Thread.sleep(100);
        }
    }

    private static SessionOrder order(long amount) {
        return new SessionOrder(amount, "SEK", java.time.Instant.now(), null, List.of(new LineItem(
                LineItemType.PHYSICAL, "SKU", "Item", 1L, null, amount, 2500L, amount, 0L, amount / 5, null)),
                "REF", null, amount / 5, null);
    }
}
