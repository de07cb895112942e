package co.kustom.ipp.session.query;

import java.util.Optional;

import co.kustom.ipp.session.api.FindDeviceSession;
import co.kustom.ipp.session.api.FindOpenSessionForDevice;
import co.kustom.ipp.session.api.FindSession;
import co.kustom.ipp.session.api.ListSessions;
import co.kustom.ipp.session.api.PaymentAttemptFailed;
import co.kustom.ipp.session.api.SessionActivated;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionExpired;
import co.kustom.ipp.session.api.SessionFailed;
import co.kustom.ipp.session.api.SessionFinalized;
import co.kustom.ipp.session.api.SessionStatus;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.axon.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("session-view")
@ProjectionTables("session_view")
class SessionProjection {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("sessionId"));

    private final SessionViewRepository sessions;

    SessionProjection(SessionViewRepository sessions) {
        this.sessions = sessions;
    }

    @EventHandler
    void on(SessionCreated event) {
        sessions.insert(new SessionView(event));
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
    @SuppressWarnings("rawtypes")
    PageResult handle(ListSessions query) {
        Specification<SessionView> filter = (root, q, cb) -> cb.equal(root.get("merchantId"), query.merchantId());
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            filter = filter.and((root, q, cb) -> root.get("status").in(query.statuses()));
        }
        if (query.deviceId() != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("deviceId"), query.deviceId()));
        }
        if (query.locationId() != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("locationId"), query.locationId()));
        }
        if (query.merchantReference1() != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("merchantReference1"), query.merchantReference1()));
        }
        if (query.paymentMethod() != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("paymentMethod"), query.paymentMethod()));
        }
        if (query.createdFrom() != null) {
            filter = filter.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), query.createdFrom()));
        }
        if (query.createdTo() != null) {
            filter = filter.and((root, q, cb) -> cb.lessThan(root.get("createdAt"), query.createdTo()));
        }
        return PageResult.of(sessions.findAll(filter, query.page().toPageRequest(NEWEST_FIRST)), SessionView::toDto);
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
