package co.kustom.ipp.platform.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Savepoint;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When an event that a processor failed on is parked in its dead-letter queue rather than retried again.
 * <p>
 * A batch's first attempt parks nothing: a handler's failure fails the batch, which rolls back whole and is retried.
 * (A failed statement leaves a PostgreSQL transaction unusable until it rolls back, so the queue could not even be
 * written in it.) The retry applies the batch event by event, each behind a savepoint: an event that fails again has
 * its effects rolled back to its savepoint and is parked, with its sequence (its session's, device's, … later events
 * wait behind it), and the batch goes on. A failure that says the database itself was unavailable or busy (a lost
 * connection, a deadlock) parks nothing: the batch is retried as a whole until it passes. Retrying a parked event
 * (the operator's call) happens in a nested transaction of its own: a failure leaves it parked, one attempt more.
 * <p>
 * Savepoints only on a retry: each costs two round trips, and PostgreSQL slows down every session once a transaction
 * holds more than 64 subtransactions, which a full batch of events would.
 */
public final class EventParking implements EnqueuePolicy<EventMessage<?>> {

    /** How many times the event has been tried, in a dead letter's diagnostics. */
    static final String ATTEMPTS = "attempts";

    private enum Attempt { FIRST, RETRY, PARKED }

    private record Current(Attempt attempt, Connection connection, Savepoint savepoint) {
    }

    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

    private final DataSource dataSource;

    EventParking(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Marks, for the policy, which attempt each event of the named processor is. */
    MessageHandlerInterceptor<EventMessage<?>> attempts(String processorName, Supplier<Configuration> axon) {
        String segmentKey = "Processor[" + processorName + "]/SegmentId";
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            Integer segment = unitOfWork.getResource(segmentKey);
            Current current = segment == null ? new Current(Attempt.PARKED, null, null)
                    : retrying(axon.get(), processorName, segment) ? savepoint() : new Current(Attempt.FIRST, null, null);
            Current outer = CURRENT.get();
            CURRENT.set(current);
            try {
                return chain.proceed();
            } finally {
                CURRENT.set(outer);
            }
        };
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        Current current = CURRENT.get();
        Attempt attempt = current == null ? Attempt.PARKED : current.attempt();
        if (attempt == Attempt.FIRST || databaseUnavailable(cause)) {
            throw cause instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(cause);
        }
        if (attempt == Attempt.RETRY) {
            rollBackTo(current);
        }
        return Decisions.enqueue(cause, parked -> parked.diagnostics().and(ATTEMPTS, attempts(parked) + 1));
    }

    /** Attempts so far: the batch's two for an event parked by its processor, one more per retry of the letter. */
    public static int attempts(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number number ? number.intValue() : 1;
    }

    private static boolean retrying(Configuration axon, String processorName, int segment) {
        EventTrackerStatus status = axon.eventProcessingConfiguration()
                .eventProcessor(processorName, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().get(segment))
                .orElse(null);
        return status != null && status.isErrorState();
    }

    /** A savepoint in the batch's transaction; none for a processor that runs without one (nothing to poison). */
    private Current savepoint() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return new Current(Attempt.RETRY, null, null);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new Current(Attempt.RETRY, connection, connection.setSavepoint());
        } catch (SQLException e) {
            throw new RecoverableDataAccessException("Could not set a savepoint", e);
        }
    }

    private static void rollBackTo(Current current) {
        if (current.savepoint() == null) {
            return;
        }
        try {
            current.connection().rollback(current.savepoint());
        } catch (SQLException e) {
            throw new RecoverableDataAccessException("Could not roll back to the event's savepoint", e);
        }
    }

    /**
     * A lost or refused connection, a deadlock or serialization failure, an administrator's shutdown, or a lack of
     * resources: SQL states of classes 08, 40, 57 and 53.
     */
    private static boolean databaseUnavailable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && List.of("08", "40", "57", "53").contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}
