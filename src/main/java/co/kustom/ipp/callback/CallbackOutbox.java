package co.kustom.ipp.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.platform.axon.CorrelationIds;
import co.kustom.ipp.platform.db.PostgresNotifications;
import co.kustom.ipp.session.api.PaymentAttemptFailed;
import co.kustom.ipp.session.api.SessionActivated;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionExpired;
import co.kustom.ipp.session.api.SessionFailed;
import co.kustom.ipp.session.api.SessionFinalized;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records a callback for every session lifecycle event, exactly once: this is a tracking processor whose token is
 * written in the transaction that records the delivery, and that transaction wakes the dispatcher when it commits.
 * Merchants without a callback endpoint get none. It reads only its own feature's tables: no query is sent from
 * inside the transaction.
 */
@Component
@ProcessingGroup("callback-outbox")
@DisallowReplay
class CallbackOutbox {

    private final CallbackDeliveryRepository deliveries;
    private final CallbackSecrets secrets;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    CallbackOutbox(CallbackDeliveryRepository deliveries, CallbackSecrets secrets, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.clock = clock;
    }

    @EventHandler
    void on(SessionCreated event, DomainEventMessage<?> message) {
        record(message, "ipp.session.created", event.merchantId(), event.sessionId(), null, null);
    }

    @EventHandler
    void on(SessionActivated event, DomainEventMessage<?> message) {
        record(message, "ipp.session.activated", event.merchantId(), event.sessionId(), event.orderId(), null);
    }

    @EventHandler
    void on(SessionFinalized event, DomainEventMessage<?> message) {
        record(message, "ipp.session.finalized", event.merchantId(), event.sessionId(), event.orderId(), null);
    }

    @EventHandler
    void on(SessionCancelled event, DomainEventMessage<?> message) {
        record(message, "ipp.session.cancelled", event.merchantId(), event.sessionId(), event.orderId(), null);
    }

    @EventHandler
    void on(PaymentAttemptFailed event, DomainEventMessage<?> message) {
        record(message, "ipp.payment.failed", event.merchantId(), event.sessionId(), event.orderId(),
                event.failureReason());
    }

    @EventHandler
    void on(SessionFailed event, DomainEventMessage<?> message) {
        record(message, "ipp.session.failed", event.merchantId(), event.sessionId(), event.orderId(),
                event.failureReason());
    }

    @EventHandler
    void on(SessionExpired event, DomainEventMessage<?> message) {
        record(message, "ipp.session.expired", event.merchantId(), event.sessionId(), event.orderId(), null);
    }

    private void record(DomainEventMessage<?> message, String type, UUID merchantId, UUID sessionId, UUID orderId,
                        String failureReason) {
        if (!secrets.configured(merchantId)) {
            return;
        }
        String id = "kevt_" + message.getIdentifier().replace("-", "");
        Instant occurredAt = message.getTimestamp();
        Object traceparent = message.getMetaData().get(CorrelationIds.TRACEPARENT);
        deliveries.insert(new CallbackDelivery(id, merchantId, sessionId, message.getSequenceNumber(), type,
                CallbackEnvelope.json(id, merchantId, occurredAt, type, sessionId, orderId, failureReason),
                occurredAt, clock.instant(), traceparent == null ? null : traceparent.toString()));
        PostgresNotifications.send(jdbc, CallbackDispatcher.CHANNEL, "");
    }
}
