package co.kustom.ipp.callback.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One callback to one destination, as the portal lists it. {@code webhook_id} is the callback's {@code webhook-id},
 * the same at every destination of its event; {@code id} names this delivery (for the default destination it is
 * the webhook-id).
 */
public record CallbackDeliveryDto(String id, String webhookId, UUID destinationId, UUID sessionId, String type,
                                  DeliveryStatus status, int attempts, Integer lastStatusCode, String lastError,
                                  Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {
}
