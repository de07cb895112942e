package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** {@code orderId} is null when the session was cancelled before it was activated. */
@Revision("2")
public record SessionCancelled(UUID sessionId, UUID merchantId, UUID deviceId, UUID orderId, Instant cancelledAt) {
}
