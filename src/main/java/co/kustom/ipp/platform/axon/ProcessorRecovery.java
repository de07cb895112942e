package co.kustom.ipp.platform.axon;

import java.util.Map;

import co.kustom.ipp.platform.failures.CommandFailures;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings a processor back soon after Axon Server or the database is. A tracking processor whose event stream fails
 * waits before it tries again, twice as long each time, up to a minute: after an outage of a quarter of a minute it
 * could sit out as much again, its views stale meanwhile. Every claim interval, a processor that is in error because a
 * part was out of reach ({@link CommandFailures#isUnavailable}) is restarted, which ends the wait; if the part is
 * still out of reach, it fails again and waits for the next round. A processor failing on an event is left to its
 * own retry and the dead-letter queue.
 */
@Component
public class ProcessorRecovery {

    private static final Logger log = LoggerFactory.getLogger(ProcessorRecovery.class);

    private final ObjectProvider<Configuration> axon;

    ProcessorRecovery(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Scheduled(initialDelayString = "${ipp.processing.claim-interval}", fixedDelayString = "${ipp.processing.claim-interval}")
    void restartThoseWaitingOutAnOutage() {
        axon.getObject().eventProcessingConfiguration().eventProcessors().forEach(this::restartIfWaitingOutAnOutage);
    }

    void restartIfWaitingOutAnOutage(String name, EventProcessor processor) {
        if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()
                && waitingOutAnOutage(streaming.processingStatus())) {
            log.info("Restarting {}: it failed on a part out of reach and waits before it tries again", name);
            streaming.shutdownAsync().join();
            streaming.start();
        }
    }

    private static boolean waitingOutAnOutage(Map<Integer, EventTrackerStatus> segments) {
        return segments.values().stream().anyMatch(status -> status.isErrorState()
                && CommandFailures.isUnavailable(status.getError()));
    }
}
