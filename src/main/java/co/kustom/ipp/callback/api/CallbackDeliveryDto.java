package co.kustom.ipp.callback.api;

import java.time.Instant;
import java.util.UUID;

/** A callback delivery as the portal lists it; {@code id} is the callback's {@code webhook-id}. */
public record CallbackDeliveryDto(String id, UUID sessionId, String type, DeliveryStatus status, int attempts,
                                  Integer lastStatusCode, String lastError, Instant nextAttemptAt, Instant createdAt,
                                  Instant deliveredAt) {
}
