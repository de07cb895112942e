package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

/** {@code orderId} is null when the session was cancelled before it was activated. */
public record SessionCancelled(UUID sessionId, UUID merchantId, UUID deviceId, UUID orderId, Instant cancelledAt) {
}
