package co.kustom.ipp.platform.axon;

import java.util.concurrent.TimeUnit;

import co.kustom.ipp.platform.config.IppProperties;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event handler (views, callback outbox, device signals, the saga) runs in a tracking (streaming) processor: it
 * reads the event store in order, whichever store that is, and stores its token in PostgreSQL in the transaction of
 * its writes, so each event's effects happen exactly once. Tracking rather than pooled: the pooled processor polls the
 * event store every 500 ms when idle, where a tracking processor is woken by each commit. A processor that starts
 * without a token starts at the first event: a projection added later is built from the whole history. A handler that
 * fails is retried with a backoff, never skipped.
 * <p>
 * A processor has the segments its setting gives it (one unless named), and a thread for each: Axon's default
 * sequencing puts all events of one aggregate (a session, a device) in one segment, so they stay in order. The
 * instances share the segments through their claims ({@link ProcessorSegments}).
 * <p>
 * A processor with nothing to do waits up to a second for events, and renews its claim after each wait. Stopping it
 * (a rebuild, the service's shutdown) interrupts that wait after a moment rather than sitting it out; a batch
 * interrupted halfway rolls back whole, token included, and is applied again by whoever runs the processor next.
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessing {

    private static final long WORKER_TERMINATION_TIMEOUT_MS = 250;

    @Bean
    ConfigurerModule streamingProcessors(IppProperties properties, ProcessorProgress progress) {
        IppProperties.Processing processing = properties.processing();
        return configurer -> {
            EventProcessingConfigurer processors = configurer.eventProcessing()
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(config -> tracking(processing, 1, progress))
                    .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
            processing.segments().forEach((name, segments) -> processors.registerTrackingEventProcessorConfiguration(
                    name, config -> tracking(processing, segments, progress)));
        };
    }

    private static TrackingEventProcessorConfiguration tracking(IppProperties.Processing processing, int segments,
                                                                ProcessorProgress progress) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                .andInitialSegmentsCount(segments)
                .andBatchSize(processing.batchSize())
                .andTokenClaimInterval(processing.claimInterval().toMillis(), TimeUnit.MILLISECONDS)
                .andWorkerTerminationTimeout(WORKER_TERMINATION_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .andEventTrackerStatusChangeListener(progress);
    }
}
