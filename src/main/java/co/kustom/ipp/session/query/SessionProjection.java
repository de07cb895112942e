package co.kustom.ipp.session.query;

import java.util.Optional;

import co.kustom.ipp.session.api.FindDeviceSession;
import co.kustom.ipp.session.api.FindOpenSessionForDevice;
import co.kustom.ipp.session.api.FindSession;
import co.kustom.ipp.session.api.PaymentAttemptFailed;
import co.kustom.ipp.session.api.SessionActivated;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionExpired;
import co.kustom.ipp.session.api.SessionFailed;
import co.kustom.ipp.session.api.SessionFinalized;
import co.kustom.ipp.session.api.SessionStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("session-view")
class SessionProjection {

    private final SessionViewRepository sessions;

    SessionProjection(SessionViewRepository sessions) {
        this.sessions = sessions;
    }

    @EventHandler
    void on(SessionCreated event) {
        sessions.save(new SessionView(event));
    }

    @EventHandler
    void on(SessionActivated event) {
        sessions.getReferenceById(event.sessionId()).activate(event.paymentMethod(), event.orderId(), event.activatedAt());
    }

    @EventHandler
    void on(PaymentAttemptFailed event) {
        sessions.getReferenceById(event.sessionId()).failedAttempt(event.attempt(), event.failureReason(), event.failedAt());
    }

    @EventHandler
    void on(SessionFailed event) {
        sessions.getReferenceById(event.sessionId()).moveTo(SessionStatus.FAILED, event.failedAt());
    }

    @EventHandler
    void on(SessionFinalized event) {
        sessions.getReferenceById(event.sessionId()).finalize(event.paymentReference(), event.completedAt());
    }

    @EventHandler
    void on(SessionCancelled event) {
        sessions.getReferenceById(event.sessionId()).moveTo(SessionStatus.CANCELLED, event.cancelledAt());
    }

    @EventHandler
    void on(SessionExpired event) {
        sessions.getReferenceById(event.sessionId()).moveTo(SessionStatus.EXPIRED, event.expiredAt());
    }

    @QueryHandler
    Optional<SessionDto> handle(FindSession query) {
        return sessions.findBySessionIdAndMerchantId(query.sessionId(), query.merchantId()).map(SessionView::toDto);
    }

    @QueryHandler
    Optional<SessionDto> handle(FindDeviceSession query) {
        return sessions.findBySessionIdAndDeviceId(query.sessionId(), query.deviceId()).map(SessionView::toDto);
    }

    @QueryHandler
    Optional<SessionDto> handle(FindOpenSessionForDevice query) {
        return sessions.findFirstByDeviceIdAndStatusIn(query.deviceId(), SessionStatus.OPEN).map(SessionView::toDto);
    }
}
