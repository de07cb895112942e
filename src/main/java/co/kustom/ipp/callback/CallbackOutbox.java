package co.kustom.ipp.callback;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.callback.api.CallbackTypes;
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
 * Records a callback for every session lifecycle event, once for each of the merchant's webhook destinations that
 * wants its type, exactly once: this is a tracking processor whose token is written in the transaction that records
 * the deliveries, and that transaction wakes the dispatcher when it commits. Merchants without a destination get
 * none. It reads only its own feature's tables: no query is sent from inside the transaction.
 */
@Component
@ProcessingGroup("callback-outbox")
@DisallowReplay
class CallbackOutbox {

    private final CallbackDeliveryRepository deliveries;
    private final WebhookDestinations destinations;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    CallbackOutbox(CallbackDeliveryRepository deliveries, WebhookDestinations destinations, Clock clock,
                   JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.destinations = destinations;
        this.clock = clock;
    }

    @EventHandler
    void on(SessionCreated event, DomainEventMessage<?> message) {
        record(message, CallbackTypes.SESSION_CREATED, event.merchantId(), event.sessionId(), null, null);
    }

    @EventHandler
    void on(SessionActivated event, DomainEventMessage<?> message) {
        record(message, CallbackTypes.SESSION_ACTIVATED, event.merchantId(), event.sessionId(), event.orderId(), null);
    }

    @EventHandler
    void on(SessionFinalized event, DomainEventMessage<?> message) {
        record(message, CallbackTypes.SESSION_FINALIZED, event.merchantId(), event.sessionId(), event.orderId(), null);
    }

    @EventHandler
    void on(SessionCancelled event, DomainEventMessage<?> message) {
        record(message, CallbackTypes.SESSION_CANCELLED, event.merchantId(), event.sessionId(), event.orderId(), null);
    }

    @EventHandler
    void on(PaymentAttemptFailed event, DomainEventMessage<?> message) {
        record(message, CallbackTypes.PAYMENT_FAILED, event.merchantId(), event.sessionId(), event.orderId(),
                event.failureReason());
    }

    @EventHandler
    void on(SessionFailed event, DomainEventMessage<?> message) {
        record(message, CallbackTypes.SESSION_FAILED, event.merchantId(), event.sessionId(), event.orderId(),
                event.failureReason());
    }

    @EventHandler
    void on(SessionExpired event, DomainEventMessage<?> message) {
        record(message, CallbackTypes.SESSION_EXPIRED, event.merchantId(), event.sessionId(), event.orderId(), null);
    }

    private void record(DomainEventMessage<?> message, String type, UUID merchantId, UUID sessionId, UUID orderId,
                        String failureReason) {
        List<WebhookDestination> wanting = destinations.wanting(merchantId, type);
        if (wanting.isEmpty()) {
            return;
        }
        String webhookId = "kevt_" + message.getIdentifier().replace("-", "");
        Instant occurredAt = message.getTimestamp();
        Object traceparent = message.getMetaData().get(CorrelationIds.TRACEPARENT);
        String payload = CallbackEnvelope.json(webhookId, merchantId, occurredAt, type, sessionId, orderId,
                failureReason);
        deliveries.insert(wanting.stream()
                .map(destination -> CallbackDelivery.pending(deliveryId(webhookId, destination), webhookId,
                        destination.destinationId(), merchantId, sessionId, message.getSequenceNumber(), type,
                        payload, occurredAt, clock.instant(), traceparent == null ? null : traceparent.toString()))
                .toList());
        PostgresNotifications.send(jdbc, CallbackDispatcher.CHANNEL, "");
    }

    /** One event's delivery to one destination; for the default destination it is the callback's id, as before. */
    private static String deliveryId(String webhookId, WebhookDestination destination) {
        return destination.isDefault() ? webhookId : "kdlv_" + UUID.nameUUIDFromBytes(
                (webhookId + "/" + destination.destinationId()).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }
}
