package co.kustom.ipp.session;

import java.util.UUID;

import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionExpired;
import co.kustom.ipp.session.api.SessionFailed;
import co.kustom.ipp.session.api.SessionFinalized;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Watches a session from creation to its end. It schedules the expiry at {@code expires_at} through the persistent
 * deadline manager (db-scheduler): the deadline is written in the transaction that creates the session, survives
 * restarts and fires at the next start when it fell due while the service was down. A terminal session cancels
 * the deadline in the transaction that ends it; a deadline that fires first expires the session.
 */
@Saga
public class SessionLifecycleSaga {

    static final String EXPIRY = "session-expiry";

    @JsonProperty
    private UUID sessionId;
    @JsonProperty
    private String expiryDeadline;

    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient SessionExpiry expiry;

    @StartSaga
    @SagaEventHandler(associationProperty = "sessionId")
    void on(SessionCreated event) {
        sessionId = event.sessionId();
        expiryDeadline = deadlineManager.schedule(event.expiresAt(), EXPIRY);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "sessionId")
    void on(SessionFinalized event) {
        cancelExpiry();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "sessionId")
    void on(SessionCancelled event) {
        cancelExpiry();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "sessionId")
    void on(SessionFailed event) {
        cancelExpiry();
    }

    /** The deadline that fired is used up; nothing is left to cancel. */
    @EndSaga
    @SagaEventHandler(associationProperty = "sessionId")
    void on(SessionExpired event) {
        expiryDeadline = null;
    }

    @DeadlineHandler(deadlineName = EXPIRY)
    void expire() {
        expiry.expire(sessionId);
    }

    private void cancelExpiry() {
        if (expiryDeadline != null) {
            deadlineManager.cancelSchedule(EXPIRY, expiryDeadline);
        }
    }
}
