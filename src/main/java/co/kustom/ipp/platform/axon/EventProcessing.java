package co.kustom.ipp.platform.axon;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.platform.config.IppProperties;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event handler (views, callback outbox, device signals, the saga) runs in a tracking (streaming) processor
 * with one segment: it reads the event store in order, whichever store that is, and stores its token in PostgreSQL in
 * the transaction of its writes, so each event's effects happen exactly once. Tracking rather than pooled: the pooled
 * processor polls the JPA event store every 500 ms when idle, where a tracking processor is woken by each commit. A
 * processor that starts without a token starts at the first event: a projection added later is built from the whole
 * history. A handler that fails is retried with a backoff, never skipped.
 * <p>
 * A processor with nothing to do waits up to a second for events, and renews its claim after each wait. Stopping it
 * (a rebuild, the service's shutdown) interrupts that wait after a moment rather than sitting it out; a batch
 * interrupted halfway rolls back whole, token included, and is applied again by whoever runs the processor next.
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessing {

    private static final long WORKER_TERMINATION_TIMEOUT_MS = 250;

    /**
     * Tokens are Axon's own classes, written with Axon's default mapper (the event store's mapper refuses the replay
     * token, which leaves out its empty reset context).
     */
    @Bean
    @Qualifier("tokenSerializer")
    Serializer tokenSerializer() {
        return JacksonSerializer.defaultSerializer();
    }

    /**
     * Axon's token store, with a node id of its own per service instance: the default (process id and host name) is
     * shared by two instances in one JVM, which would then both believe they hold the same token.
     */
    @Bean
    TokenStore tokenStore(EntityManagerProvider entityManagerProvider,
                          @Qualifier("tokenSerializer") Serializer tokenSerializer) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(tokenSerializer)
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID())
                .build();
    }

    @Bean
    ConfigurerModule streamingProcessors(IppProperties properties, ProcessorProgress progress) {
        return configurer -> configurer.eventProcessing()
                .usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(config -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andInitialSegmentsCount(1)
                        .andBatchSize(properties.processing().batchSize())
                        .andWorkerTerminationTimeout(WORKER_TERMINATION_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                        .andEventTrackerStatusChangeListener(progress))
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    @RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
    static class JpaEventStore {

        private static final int EVENTS_PER_FETCH = 1000;

        /**
         * The JPA event store as Axon's auto-configuration builds it (which steps back once an event store is
         * defined here, storage engine included), except how often it looks for events another instance stored
         * (this instance's own commits wake its processors at once): with Axon's second, a command answered on one
         * instance would wait that long for the views on another. And a processor behind the head (a replay) reads
         * {@value #EVENTS_PER_FETCH} events per query rather than Axon's 100: the five processors of a rebuild
         * made ten times the queries, and PostgreSQL spent a third more CPU on them.
         */
        @Bean
        EventStorageEngine eventStorageEngine(Serializer serializer,
                                              PersistenceExceptionResolver persistenceExceptionResolver,
                                              @Qualifier("eventSerializer") Serializer eventSerializer,
                                              org.axonframework.config.Configuration axon,
                                              EntityManagerProvider entityManagerProvider,
                                              TransactionManager transactionManager) {
            return JpaEventStorageEngine.builder()
                    .snapshotSerializer(serializer)
                    .upcasterChain(axon.upcasterChain())
                    .persistenceExceptionResolver(persistenceExceptionResolver)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(axon.snapshotFilter())
                    .entityManagerProvider(entityManagerProvider)
                    .transactionManager(transactionManager)
                    .batchSize(EVENTS_PER_FETCH)
                    .build();
        }

        @Bean
        EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                      IppProperties properties) {
            return EmbeddedEventStore.builder()
                    .storageEngine(storageEngine)
                    .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                    .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                    .fetchDelay(properties.processing().pollInterval().toMillis())
                    .build();
        }
    }
}
