package co.kustom.ipp.platform.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

class InsertsImpl<T> implements Inserts<T> {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void insert(T row) {
        entityManager.persist(row);
    }
}
