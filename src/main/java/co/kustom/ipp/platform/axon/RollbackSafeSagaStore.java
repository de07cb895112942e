package co.kustom.ipp.platform.axon;

import java.util.Set;

import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.CachingSagaStore;
import org.axonframework.modelling.saga.repository.SagaStore;

/**
 * Axon's {@link CachingSagaStore}, emptied when a unit of work that went through it rolls back. The caching store
 * fills its caches as it writes, before the transaction commits, and never takes back what a rolled-back transaction
 * wrote: a retried batch would find a saga that was never stored, update a row that does not exist, and the session
 * would never expire. Rollbacks are rare, so one simply empties both caches.
 */
final class RollbackSafeSagaStore<T> implements SagaStore<T> {

    private static final String REGISTERED = RollbackSafeSagaStore.class.getName();

    private final SagaStore<T> cached;
    private final Cache sagas;
    private final Cache associations;

    RollbackSafeSagaStore(SagaStore<T> stored, Cache sagas, Cache associations) {
        this.cached = CachingSagaStore.<T>builder()
                .delegateSagaStore(stored)
                .sagaCache(sagas)
                .associationsCache(associations)
                .build();
        this.sagas = sagas;
        this.associations = associations;
    }

    @Override
    public Set<String> findSagas(Class<? extends T> sagaType, AssociationValue associationValue) {
        emptyOnRollback();
        return cached.findSagas(sagaType, associationValue);
    }

    @Override
    public <S extends T> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        emptyOnRollback();
        return cached.loadSaga(sagaType, sagaIdentifier);
    }

    @Override
    public void deleteSaga(Class<? extends T> sagaType, String sagaIdentifier,
                           Set<AssociationValue> associationValues) {
        emptyOnRollback();
        cached.deleteSaga(sagaType, sagaIdentifier, associationValues);
    }

    @Override
    public void insertSaga(Class<? extends T> sagaType, String sagaIdentifier, T saga,
                           Set<AssociationValue> associationValues) {
        emptyOnRollback();
        cached.insertSaga(sagaType, sagaIdentifier, saga, associationValues);
    }

    @Override
    public void updateSaga(Class<? extends T> sagaType, String sagaIdentifier, T saga,
                           AssociationValues associationValues) {
        emptyOnRollback();
        cached.updateSaga(sagaType, sagaIdentifier, saga, associationValues);
    }

    private void emptyOnRollback() {
        CurrentUnitOfWork.map(uow -> uow.root()).ifPresent(root -> root.getOrComputeResource(REGISTERED, key -> {
            root.onRollback(rolledBack -> {
                sagas.removeAll();
                associations.removeAll();
            });
            return Boolean.TRUE;
        }));
    }
}
