package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionExpired(UUID sessionId, UUID merchantId, UUID deviceId, UUID orderId, Instant expiredAt) {
}
