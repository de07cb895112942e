package co.kustom.ipp.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import co.kustom.ipp.session.SessionLifecycleSaga;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The saga store's caches never answer with what a rolled-back transaction wrote: a saga processor's batch that fails
 * after it stored a new saga is retried, and the retry must store the saga again rather than find it in memory.
 */
class RollbackSafeSagaStoreTest {

    @Test
    void aSagaStoredByARolledBackBatchIsStoredAgainWhenTheBatchIsRetried() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).load().migrate();
            var transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
            AxonJdbcStorage storage = new AxonJdbcStorage();
            Serializer serializer = new AxonConfiguration().serializer(List.of());
            SagaStore<Object> sagas = storage.sagaStore(new SpringDataSourceConnectionProvider(dataSource), serializer,
                    storage.sagaCaches());
            AssociationValue bySession = new AssociationValue("sessionId", UUID.randomUUID().toString());
            Object saga = new SessionLifecycleSaga();

            UnitOfWork<?> failed = DefaultUnitOfWork.startAndGet(null);
            failed.attachTransaction(transactions);
            assertThat(sagas.findSagas(SessionLifecycleSaga.class, bySession)).isEmpty();
            sagas.insertSaga(SessionLifecycleSaga.class, "saga-1", saga, Set.of(bySession));
            assertThat(sagas.findSagas(SessionLifecycleSaga.class, bySession)).containsExactly("saga-1");
            failed.rollback();

            UnitOfWork<?> retried = DefaultUnitOfWork.startAndGet(null);
            retried.attachTransaction(transactions);
            assertThat(sagas.findSagas(SessionLifecycleSaga.class, bySession)).isEmpty();
            assertThat(sagas.loadSaga(SessionLifecycleSaga.class, "saga-1")).isNull();
            sagas.insertSaga(SessionLifecycleSaga.class, "saga-1", saga, Set.of(bySession));
            retried.commit();

            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(jdbc.queryForObject("select count(*) from saga_entry where saga_id = 'saga-1'", Integer.class))
                    .isOne();
            assertThat(sagas.findSagas(SessionLifecycleSaga.class, bySession)).containsExactly("saga-1");
        }
    }
}
