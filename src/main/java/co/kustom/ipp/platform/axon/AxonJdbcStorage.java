package co.kustom.ipp.platform.axon;

import java.net.URI;
import java.util.OptionalLong;
import java.util.UUID;

import javax.cache.CacheManager;
import javax.cache.Caching;

import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.db.InstanceName;
import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's tables in PostgreSQL, through its JDBC stores: the event store (unless Axon Server holds the events), the
 * processors' tokens and the sagas. The tables are the ones Flyway created for Axon's JPA stores before (snake_case
 * names, {@code bytea} payloads, ISO-8601 timestamps as text), named here through each store's schema. Every store
 * takes its connection from the Spring transaction under way, so a processor's token moves in the transaction of its
 * writes.
 */
@Configuration(proxyBeanMethods = false)
public class AxonJdbcStorage {

    static final EventSchema EVENTS = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();
    static final TokenSchema TOKENS = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();
    static final SagaSchema SAGAS = SagaSchema.builder()
            .sagaEntryTable("saga_entry")
            .sagaIdColumn("saga_id")
            .sagaTypeColumn("saga_type")
            .revisionColumn("revision")
            .serializedSagaColumn("serialized_saga")
            .associationValueEntryTable("association_value_entry")
            .associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .build();
    /** PostgreSQL's unique violation: an append that collides on an aggregate's sequence number. */
    static final String UNIQUE_VIOLATION = "23505";
    private static final int CACHED_SAGAS = 10_000;

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
     * Claims under this instance's own name: the default (process id and host name) is shared by two instances in one
     * JVM, which would then both believe they hold the same token. A claim not renewed within the claim timeout (its
     * instance died) may be taken over by another instance.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider,
                          @Qualifier("tokenSerializer") Serializer tokenSerializer, InstanceName instance,
                          IppProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(tokenSerializer)
                .schema(TOKENS)
                .nodeId(instance.value())
                .claimTimeout(properties.processing().claimTimeout())
                .build();
    }

    /**
     * The sagas, with their associations and state kept in memory as well (the most recently used, up to
     * {@value #CACHED_SAGAS} of each): the saga's processor finds and loads a session's saga without a query. A copy
     * that another instance's changes could leave stale is harmless here: a session's saga is written once when it
     * starts and ends with its session's last event, and a session's events all go to the processor segment that one
     * instance holds at a time. A unit of work that rolls back empties the caches ({@link RollbackSafeSagaStore}).
     */
    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer,
                                CacheManager sagaCaches) {
        SagaStore<Object> stored = JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .sqlSchema(new PostgresSagaSqlSchema(SAGAS))
                .build();
        return new RollbackSafeSagaStore<>(stored,
                new JCacheAdapter(sagaCaches.createCache("sagas", byReference())),
                new JCacheAdapter(sagaCaches.createCache("saga-associations", byReference())));
    }

    /** Caffeine's caches, of this application context only (the provider's default manager is the JVM's). */
    @Bean(destroyMethod = "close")
    CacheManager sagaCaches() {
        return Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
                .getCacheManager(URI.create("ipp-sagas-" + UUID.randomUUID()), getClass().getClassLoader());
    }

    /** Bounded, and holding the saga store's own objects rather than copies of them (JCache's default). */
    private static CaffeineConfiguration<Object, Object> byReference() {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(CACHED_SAGAS));
        configuration.setStoreByValue(false);
        return configuration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    static class EventStoreInPostgres {

        private static final int EVENTS_PER_FETCH = 1000;

        /**
         * An append that collides with another on an aggregate's sequence number (PostgreSQL's unique violation) is
         * a concurrent change to that aggregate, which Axon reports as a {@code ConcurrencyException}. A processor
         * behind the head (a replay) reads {@value #EVENTS_PER_FETCH} events per query rather than Axon's 100: with
         * 100, a rebuild made ten times the queries and PostgreSQL spent a third more CPU on them.
         */
        @Bean
        EventStorageEngine eventStorageEngine(Serializer serializer,
                                              @Qualifier("eventSerializer") Serializer eventSerializer,
                                              org.axonframework.config.Configuration axon,
                                              ConnectionProvider connectionProvider,
                                              TransactionManager transactionManager) {
            return JdbcEventStorageEngine.builder()
                    .snapshotSerializer(serializer)
                    .upcasterChain(axon.upcasterChain())
                    .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(axon.snapshotFilter())
                    .connectionProvider(connectionProvider)
                    .transactionManager(transactionManager)
                    .schema(EVENTS)
                    .batchSize(EVENTS_PER_FETCH)
                    .build();
        }

        /**
         * The event store as Axon's auto-configuration builds it, except how often it looks for events another
         * instance stored (this instance's own commits wake its processors at once): with Axon's second, a command
         * answered on one instance would wait that long for the views on another.
         */
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
