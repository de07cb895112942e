package co.kustom.ipp.platform.axon;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CachedMessageMonitorTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final CachedMessageMonitor monitor = CachedMessageMonitor.forEventProcessor(registry, "session-view");

    record Created(String id) {
    }

    record Cancelled(String id) {
    }

    @Test
    void countsAndTimesEachOutcomePerPayloadTypeAsAxonsMonitorsDo() {
        handle(new Created("a"), 30).reportSuccess();
        handle(new Created("b"), 10).reportFailure(new IllegalStateException("down"));
        handle(new Cancelled("a"), 5).reportIgnored();

        Tags created = Tags.of("processorName", "session-view", "payloadType", "Created");
        Tags cancelled = Tags.of("processorName", "session-view", "payloadType", "Cancelled");
        assertThat(count("eventProcessor.ingestedCounter", created)).isEqualTo(2);
        assertThat(count("eventProcessor.successCounter", created)).isEqualTo(1);
        assertThat(count("eventProcessor.failureCounter", created)).isEqualTo(1);
        assertThat(count("eventProcessor.processedCounter", created)).isEqualTo(2);
        assertThat(count("eventProcessor.ignoredCounter", created)).isZero();
        assertThat(count("eventProcessor.ignoredCounter", cancelled)).isEqualTo(1);
        assertThat(count("eventProcessor.processedCounter", cancelled)).isZero();

        assertThat(millis("eventProcessor.allTimer", created)).isEqualTo(40);
        assertThat(millis("eventProcessor.successTimer", created)).isEqualTo(30);
        assertThat(millis("eventProcessor.failureTimer", created)).isEqualTo(10);
        assertThat(millis("eventProcessor.ignoredTimer", cancelled)).isEqualTo(5);
    }

    @Test
    void addsNoMetersPerMessage() {
        handle(new Created("a"), 1).reportSuccess();
        int meters = registry.getMeters().size();

        for (int i = 0; i < 100; i++) {
            handle(new Created("x" + i), 1).reportSuccess();
        }

        assertThat(registry.getMeters()).hasSize(meters);
        assertThat(count("eventProcessor.ingestedCounter",
                Tags.of("processorName", "session-view", "payloadType", "Created"))).isEqualTo(101);
    }

    @Test
    void capacityIsTheShareOfTheLastMinuteSpentHandling() {
        Tags created = Tags.of("processorName", "session-view", "payloadType", "Created");
        handle(new Created("a"), 6_000).reportSuccess();
        assertThat(capacity(created)).isCloseTo(0.1, within(1e-9));

        clock.add(30, TimeUnit.SECONDS);
        handle(new Created("b"), 12_000).reportSuccess();
        assertThat(capacity(created)).isCloseTo(0.3, within(1e-9));

        clock.add(25, TimeUnit.SECONDS);
        assertThat(capacity(created)).as("the first six seconds left the window")
                .isCloseTo(0.2, within(1e-9));

        clock.add(60, TimeUnit.SECONDS);
        assertThat(capacity(created)).isZero();
    }

    @Test
    void latencyIsHowOldTheLastEventWasWhenItArrived() {
        clock.add(10, TimeUnit.MINUTES);
        Instant twoSecondsAgo = Instant.ofEpochMilli(clock.wallTime() - 2_000);
        EventMessage<Created> old = new GenericEventMessage<>(
                new GenericEventMessage<>(new Created("a"), MetaData.emptyInstance()), () -> twoSecondsAgo);

        monitor.onMessageIngested(old).reportSuccess();

        assertThat(registry.get("eventProcessor.latency").tags("processorName", "session-view").gauge().value())
                .isEqualTo(2_000);
    }

    private MonitorCallback handle(Object payload, long millis) {
        MonitorCallback callback = monitor.onMessageIngested(GenericEventMessage.asEventMessage(payload));
        clock.add(millis, TimeUnit.MILLISECONDS);
        return callback;
    }

    private double count(String name, Tags tags) {
        return registry.find(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private double millis(String name, Tags tags) {
        return registry.get(name).tags(tags).timer().totalTime(TimeUnit.MILLISECONDS);
    }

    private double capacity(Tags tags) {
        return registry.get("eventProcessor.capacity").tags(tags).gauge().value();
    }
}
