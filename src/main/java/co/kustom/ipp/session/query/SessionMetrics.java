package co.kustom.ipp.session.query;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionExpired;
import co.kustom.ipp.session.api.SessionFailed;
import co.kustom.ipp.session.api.SessionFinalized;
import co.kustom.ipp.session.api.SessionStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sessions created and ended, by status and currency, and how late expiry fires (due → expired), counted once per
 * event by the session view's processor, after its transaction commits. A replay counts nothing.
 */
@Component
@ProcessingGroup("session-view")
@DisallowReplay
class SessionMetrics {

    private final MeterRegistry meters;
    private final JdbcTemplate jdbc;
    private final SessionViewWriter writer;
    private final Timer expiryLag;

    SessionMetrics(MeterRegistry meters, JdbcTemplate jdbc, SessionViewWriter writer) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.writer = writer;
        this.expiryLag = Timer.builder("ipp.session.expiry.lag")
                .description("From a session's expires_at to its expiry")
                .publishPercentileHistogram()
                .register(meters);
    }

    @EventHandler
    void on(SessionCreated event) {
        String currency = event.order().purchaseCurrency();
        afterCommit(() -> Counter.builder("ipp.session.creations").description("Sessions created (a Prometheus counter may not end in _created)")
                .tag("currency", currency).register(meters).increment());
    }

    @EventHandler
    void on(SessionFinalized event) {
        ended(event.sessionId(), SessionStatus.FINALIZED, event.completedAt());
    }

    @EventHandler
    void on(SessionCancelled event) {
        ended(event.sessionId(), SessionStatus.CANCELLED, event.cancelledAt());
    }

    @EventHandler
    void on(SessionFailed event) {
        ended(event.sessionId(), SessionStatus.FAILED, event.failedAt());
    }

    @EventHandler
    void on(SessionExpired event) {
        ended(event.sessionId(), SessionStatus.EXPIRED, event.expiredAt());
    }

    private void ended(UUID sessionId, SessionStatus status, Instant endedAt) {
        writer.flush(); // the session may have been created in this batch
        record Ended(String currency, Instant expiresAt) {
        }
        Ended session = jdbc.queryForObject(
                "select purchase_currency, expires_at from session_view where session_id = ?",
                (row, index) -> new Ended(row.getString(1), row.getTimestamp(2).toInstant()), sessionId);
        afterCommit(() -> {
            Counter.builder("ipp.sessions.ended").description("Sessions that reached an end state")
                    .tag("status", status.name()).tag("currency", session.currency()).register(meters).increment();
            if (status == SessionStatus.EXPIRED) {
                expiryLag.record(Duration.between(session.expiresAt(), endedAt));
            }
        });
    }

    private static void afterCommit(Runnable count) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> count.run());
        } else {
            count.run();
        }
    }
}
