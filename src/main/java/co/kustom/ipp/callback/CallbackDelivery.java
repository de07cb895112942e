package co.kustom.ipp.callback;

import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.callback.api.CallbackDeliveryDto;
import co.kustom.ipp.callback.api.DeliveryStatus;

/**
 * One callback to one destination: the outbox row written with its event, and the log of its attempts.
 *
 * @param webhookId       the callback's {@code id} and {@code webhook-id}: one event's, the same at every destination
 * @param sequence        the event's sequence number in its session: a session's deliveries to a destination go out
 *                        in this order
 * @param windowStartedAt retries stop when this is longer ago than the give-up setting; a resend starts a new window
 * @param traceparent     the W3C trace context of the request behind the event
 */
record CallbackDelivery(String deliveryId, String webhookId, UUID destinationId, UUID merchantId, UUID sessionId,
                        long sequence, String type, String payload, DeliveryStatus status, int attempts,
                        Integer lastStatusCode, String lastError, Instant nextAttemptAt, Instant windowStartedAt,
                        Instant createdAt, Instant deliveredAt, String traceparent) {

    /** A delivery to make from now on; {@code createdAt} is the event's time. */
    static CallbackDelivery pending(String deliveryId, String webhookId, UUID destinationId, UUID merchantId,
                                    UUID sessionId, long sequence, String type, String payload, Instant createdAt,
                                    Instant now, String traceparent) {
        return new CallbackDelivery(deliveryId, webhookId, destinationId, merchantId, sessionId, sequence, type,
                payload, DeliveryStatus.PENDING, 0, null, null, now, now, createdAt, null, traceparent);
    }

    CallbackDeliveryDto toDto() {
        return new CallbackDeliveryDto(deliveryId, webhookId, destinationId, sessionId, type, status, attempts,
                lastStatusCode, lastError,
                status == DeliveryStatus.PENDING ? nextAttemptAt : null, createdAt, deliveredAt);
    }
}
