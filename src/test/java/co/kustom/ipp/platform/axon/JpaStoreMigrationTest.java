package co.kustom.ipp.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.db.InstanceName;
import co.kustom.ipp.session.SessionLifecycleSaga;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.support.TestProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database that Axon's JPA stores wrote (V14 and before: ids drawn by Hibernate from the sequences) keeps working
 * with the JDBC stores after the migrations: its events are read and appended after, its tokens and sagas are found.
 */
class JpaStoreMigrationTest {

    @Test
    void whatTheJpaStoresWroteIsReadAndContinuedByTheJdbcStores() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).target("14").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Serializer serializer = new AxonConfiguration().serializer(List.of());
            UUID session = UUID.randomUUID();
            Instant cancelledAt = Instant.parse("2026-11-30T10:15:30.123Z");
            SessionCancelled cancelled = new SessionCancelled(session, UUID.randomUUID(), UUID.randomUUID(), null,
                    cancelledAt);
            // as Hibernate wrote them: the index drawn from the sequence, the payload serialized to bytea
            for (long sequence = 0; sequence < 2; sequence++) {
                jdbc.update("""
                        insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                            event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp)
                        values (nextval('domain_event_entry_seq'), ?, ?, 'Session', ?, ?, '2', ?, ?::bytea, ?)""",
                        session.toString(), sequence, UUID.randomUUID().toString(), SessionCancelled.class.getName(),
                        serializer.serialize(cancelled, byte[].class).getData(), "{}", cancelledAt.toString());
            }
            jdbc.update("""
                    insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
                    values ('session-view', 0, convert_to('{"index":2,"gaps":[]}', 'UTF8'),
                        'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-11-30T10:15:31.000Z', null)""");
            String sagaId = UUID.randomUUID().toString();
            String sagaType = SessionLifecycleSaga.class.getName();
            jdbc.update("insert into saga_entry (saga_id, saga_type, revision, serialized_saga) values (?, ?, null, ?)",
                    sagaId, sagaType, ("{\"sessionId\":\"" + session + "\",\"expiryDeadline\":\"d-1\"}").getBytes());
            jdbc.update("""
                    insert into association_value_entry (id, association_key, association_value, saga_id, saga_type)
                    values (nextval('association_value_entry_seq'), 'sessionId', ?, ?, ?)""",
                    session.toString(), sagaId, sagaType);

            Flyway.configure().dataSource(dataSource).load().migrate();

            var connections = new DataSourceConnectionProvider(dataSource);
            JdbcEventStorageEngine events = JdbcEventStorageEngine.builder()
                    .connectionProvider(connections)
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer)
                    .persistenceExceptionResolver(new SQLStateResolver(AxonJdbcStorage.UNIQUE_VIOLATION))
                    .schema(AxonJdbcStorage.EVENTS)
                    .build();
            List<Object> payloads = events.readEvents(session.toString()).asStream()
                    .map(event -> (Object) event.getPayload()).toList();
            assertThat(payloads).containsExactly(cancelled, cancelled);
            assertThat(events.createHeadToken()).isEqualTo(GapAwareTrackingToken.newInstance(2, Set.of()));

            events.appendEvents(new GenericDomainEventMessage<>("Session", session.toString(), 2, cancelled));
            assertThat(jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class))
                    .isEqualTo(3);
            assertThatThrownBy(() -> events.appendEvents(
                    new GenericDomainEventMessage<>("Session", session.toString(), 2, cancelled)))
                    .isInstanceOf(ConcurrencyException.class);

            TokenStore tokens = new AxonJdbcStorage().tokenStore(connections, new AxonJdbcStorage().tokenSerializer(),
                    new InstanceName(), TestProperties.of(IppProperties.Environment.PLAYGROUND, null, null, false));
            assertThat(tokens.fetchToken("session-view", 0)).isEqualTo(GapAwareTrackingToken.newInstance(2, Set.of()));

            AxonJdbcStorage storage = new AxonJdbcStorage();
            SagaStore<Object> sagas = storage.sagaStore(connections, serializer, storage.sagaCaches());
            AssociationValue bySession = new AssociationValue("sessionId", session.toString());
            assertThat(sagas.findSagas(SessionLifecycleSaga.class, bySession)).containsExactly(sagaId);
            Object saga = sagas.loadSaga(SessionLifecycleSaga.class, sagaId).saga();
            assertThat(serializer.serialize(saga, String.class).getData()).contains(session.toString());

            AssociationValue another = new AssociationValue("sessionId", UUID.randomUUID().toString());
            sagas.insertSaga(SessionLifecycleSaga.class, "another", saga, Set.of(another));
            assertThat(jdbc.queryForList("select id from association_value_entry order by id", Long.class))
                    .hasSize(2).doesNotHaveDuplicates();
        }
    }
}
