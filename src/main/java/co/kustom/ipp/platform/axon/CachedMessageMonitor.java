package co.kustom.ipp.platform.axon;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * The meters of Axon's Micrometer monitors for an event processor or a bus, with their names, tags and timer
 * settings: {@code <prefix>.ingestedCounter}, {@code .successCounter}, {@code .failureCounter},
 * {@code .processedCounter}, {@code .ignoredCounter}, {@code .allTimer}, {@code .successTimer},
 * {@code .failureTimer}, {@code .ignoredTimer} and {@code .capacity} per payload type, and a processor's
 * {@code .latency}.
 * <p>
 * Each meter is registered once and kept. Axon's monitors build or look up every meter in the registry for each
 * message, skipped events included (and register the latency gauge again for each, which Micrometer warns about).
 * Capacity, the share of the last minute spent handling, is summed per second. Axon keeps an entry per message for
 * its window instead, and the heap then holds every event of a rebuild, once per processor.
 */
final class CachedMessageMonitor implements MessageMonitor<Message<?>> {

    private static final int CAPACITY_WINDOW_SECONDS = 60;
    private static final Duration PERCENTILES_EXPIRY = Duration.ofMinutes(10);
    private static final double[] PERCENTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};

    private final String prefix;
    private final MeterRegistry registry;
    private final Tags tags;
    private final Clock clock;
    private final AtomicLong latencyMillis;
    private final Map<Class<?>, PayloadMeters> byPayloadType = new ConcurrentHashMap<>();

    private CachedMessageMonitor(String prefix, MeterRegistry registry, Tags tags, boolean latency) {
        this.prefix = prefix;
        this.registry = registry;
        this.tags = tags;
        this.clock = registry.config().clock();
        this.latencyMillis = latency ? new AtomicLong() : null;
        if (latency) {
            Gauge.builder(prefix + ".latency", latencyMillis, AtomicLong::get).tags(tags).strongReference(true)
                    .register(registry);
        }
    }

    /** An event processor's: {@code eventProcessor.*}, tagged with the processor, and its latency gauge. */
    static CachedMessageMonitor forEventProcessor(MeterRegistry registry, String processorName) {
        return new CachedMessageMonitor("eventProcessor", registry, Tags.of("processorName", processorName), true);
    }

    /** A command or query bus's: {@code <name>.*}. */
    static CachedMessageMonitor forBus(MeterRegistry registry, String name) {
        return new CachedMessageMonitor(name, registry, Tags.empty(), false);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        PayloadMeters meters = byPayloadType.computeIfAbsent(message.getPayloadType(), this::register);
        meters.ingested.increment();
        if (latencyMillis != null && message instanceof EventMessage<?> event) {
            latencyMillis.set(clock.wallTime() - event.getTimestamp().toEpochMilli());
        }
        return new Handling(meters, clock.monotonicTime());
    }

    private PayloadMeters register(Class<?> payloadType) {
        Tags payloadTags = tags.and("payloadType", payloadType.getSimpleName());
        BusyTime busy = new BusyTime();
        Gauge.builder(prefix + ".capacity", busy, time -> time.share(clock.monotonicTime())).tags(payloadTags)
                .strongReference(true).register(registry);
        return new PayloadMeters(
                counter("ingestedCounter", payloadTags), counter("successCounter", payloadTags),
                counter("failureCounter", payloadTags), counter("processedCounter", payloadTags),
                counter("ignoredCounter", payloadTags),
                timer("allTimer", payloadTags), timer("successTimer", payloadTags),
                timer("failureTimer", payloadTags), timer("ignoredTimer", payloadTags), busy);
    }

    private Counter counter(String name, Tags payloadTags) {
        return registry.counter(prefix + "." + name, payloadTags);
    }

    private Timer timer(String name, Tags payloadTags) {
        return Timer.builder(prefix + "." + name).distributionStatisticExpiry(PERCENTILES_EXPIRY)
                .publishPercentiles(PERCENTILES).tags(payloadTags).register(registry);
    }

    private record PayloadMeters(Counter ingested, Counter success, Counter failure, Counter processed,
                                 Counter ignored, Timer all, Timer successTime, Timer failureTime,
                                 Timer ignoredTime, BusyTime busy) {
    }

    private final class Handling implements MonitorCallback {

        private final PayloadMeters meters;
        private final long start;

        Handling(PayloadMeters meters, long start) {
            this.meters = meters;
            this.start = start;
        }

        @Override
        public void reportSuccess() {
            ended(meters.successTime);
            meters.processed.increment();
            meters.success.increment();
        }

        @Override
        public void reportFailure(Throwable cause) {
            ended(meters.failureTime);
            meters.processed.increment();
            meters.failure.increment();
        }

        @Override
        public void reportIgnored() {
            ended(meters.ignoredTime);
            meters.ignored.increment();
        }

        private void ended(Timer outcome) {
            long now = clock.monotonicTime();
            long took = now - start;
            meters.all.record(took, TimeUnit.NANOSECONDS);
            outcome.record(took, TimeUnit.NANOSECONDS);
            meters.busy.add(now, took);
        }
    }

    /** Time spent handling, summed per second of the monotonic clock, over the last minute. */
    private static final class BusyTime {

        private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

        private final long[] nanos = new long[CAPACITY_WINDOW_SECONDS];
        private final long[] secondOf = new long[CAPACITY_WINDOW_SECONDS];

        BusyTime() {
            Arrays.fill(secondOf, Long.MIN_VALUE);
        }

        synchronized void add(long now, long duration) {
            long second = Math.floorDiv(now, SECOND);
            int slot = Math.floorMod(second, CAPACITY_WINDOW_SECONDS);
            if (secondOf[slot] != second) {
                secondOf[slot] = second;
                nanos[slot] = 0;
            }
            nanos[slot] += duration;
        }

        /** The share of the window spent handling, as of {@code now}: 0 idle, 1 busy all along. */
        synchronized double share(long now) {
            long second = Math.floorDiv(now, SECOND);
            long busy = 0;
            for (int slot = 0; slot < CAPACITY_WINDOW_SECONDS; slot++) {
                if (secondOf[slot] <= second && secondOf[slot] > second - CAPACITY_WINDOW_SECONDS) {
                    busy += nanos[slot];
                }
            }
            return busy / (double) (CAPACITY_WINDOW_SECONDS * SECOND);
        }
    }
}
