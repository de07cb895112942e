package co.kustom.ipp.platform.axon;

import java.util.Map;
import java.util.TreeMap;

import co.kustom.ipp.platform.config.IppProperties;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: each processor segment this instance holds is at most {@code ipp.processing.ready-lag} events
 * behind the head of the event store, so its views answer about as fresh as another instance's. A restarted instance
 * with a backlog becomes ready once it has caught up. The details name each processor's lag (the largest of its
 * segments here); a segment replaying for a rebuild is left out, since the views keep answering meanwhile.
 */
@Component("processors")
class ProcessorLag implements HealthIndicator {

    private final ObjectProvider<Configuration> axon;
    private final long readyLag;

    ProcessorLag(ObjectProvider<Configuration> axon, IppProperties properties) {
        this.axon = axon;
        this.readyLag = properties.processing().readyLag();
    }

    @Override
    public Health health() {
        Configuration configuration = axon.getObject();
        TrackingToken headToken = configuration.eventStore().createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        Map<String, Long> lags = new TreeMap<>();
        configuration.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                streaming.processingStatus().values().stream()
                        .filter(status -> !status.isReplaying())
                        .mapToLong(status -> head - position(status))
                        .max()
                        .ifPresent(lag -> lags.put(name, Math.max(lag, 0)));
            }
        });
        boolean behind = lags.values().stream().anyMatch(lag -> lag > readyLag);
        return (behind ? Health.outOfService() : Health.up())
                .withDetail("head", head)
                .withDetail("ready-lag", readyLag)
                .withDetail("lag", lags)
                .build();
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }
}
