package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

public record SessionExpired(UUID sessionId, UUID merchantId, UUID deviceId, UUID orderId, Instant expiredAt) {
}
