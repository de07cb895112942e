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
import co.kustom.ipp.session.api.SessionOrder;
import co.kustom.ipp.session.api.SessionStatus;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.axon.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The session view: written by {@link SessionViewWriter}, read by {@link SessionViewRepository}. */
@Component
@ProcessingGroup("session-view")
@ProjectionTables("session_view")
class SessionProjection {

    private final SessionViewRepository sessions;
    private final SessionViewWriter writer;

    SessionProjection(SessionViewRepository sessions, SessionViewWriter writer) {
        this.sessions = sessions;
        this.writer = writer;
    }

    @EventHandler
    void on(SessionCreated event) {
        SessionOrder order = event.order();
        writer.insert(event.sessionId())
                .set("merchant_id", event.merchantId())
                .set("device_id", event.deviceId())
                .set("location_id", event.locationId())
                .set("status", SessionStatus.CREATED)
                .set("order_amount", order.orderAmount())
                .set("order_tax_amount", order.orderTaxAmount())
                .set("purchase_currency", order.purchaseCurrency())
                .set("purchase_started_at", order.purchaseStartedAt())
                .set("purchase_completed_at", order.purchaseCompletedAt())
                .set("order_items", order.orderItems())
                .set("merchant_reference1", order.merchantReference1())
                .set("merchant_reference2", order.merchantReference2())
                .set("merchant_data", order.merchantData())
                .set("failed_attempts", 0)
                .set("created_at", event.createdAt())
                .set("expires_at", event.expiresAt())
                .set("updated_at", event.createdAt());
    }

    @EventHandler
    void on(SessionActivated event) {
        writer.update(event.sessionId())
                .set("status", SessionStatus.ACTIVE)
                .set("payment_method", event.paymentMethod())
                .set("order_id", event.orderId())
                .set("updated_at", event.activatedAt());
    }

    @EventHandler
    void on(PaymentAttemptFailed event) {
        writer.update(event.sessionId())
                .set("failed_attempts", event.attempt())
                .set("failure_reason", event.failureReason())
                .set("updated_at", event.failedAt());
    }

    @EventHandler
    void on(SessionFailed event) {
        writer.update(event.sessionId()).set("status", SessionStatus.FAILED).set("updated_at", event.failedAt());
    }

    @EventHandler
    void on(SessionFinalized event) {
        writer.update(event.sessionId())
                .set("status", SessionStatus.FINALIZED)
                .set("payment_reference", event.paymentReference())
                .set("purchase_completed_at", event.completedAt())
                .set("updated_at", event.completedAt());
    }

    @EventHandler
    void on(SessionCancelled event) {
        writer.update(event.sessionId()).set("status", SessionStatus.CANCELLED).set("updated_at", event.cancelledAt());
    }

    @EventHandler
    void on(SessionExpired event) {
        writer.update(event.sessionId()).set("status", SessionStatus.EXPIRED).set("updated_at", event.expiredAt());
    }

    @QueryHandler
    Optional<SessionDto> handle(FindSession query) {
        return sessions.findOfMerchant(query.merchantId(), query.sessionId());
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListSessions query) {
        return sessions.list(query);
    }

    @QueryHandler
    Optional<SessionDto> handle(FindDeviceSession query) {
        return sessions.findOfDevice(query.deviceId(), query.sessionId());
    }

    @QueryHandler
    Optional<SessionDto> handle(FindOpenSessionForDevice query) {
        return sessions.findOpen(query.deviceId());
    }
}
