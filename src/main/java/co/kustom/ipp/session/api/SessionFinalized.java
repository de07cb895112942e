package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

public record SessionFinalized(UUID sessionId, UUID merchantId, UUID deviceId, UUID orderId, String paymentReference,
                               Instant completedAt) {
}
