package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

public record SessionActivated(UUID sessionId, UUID merchantId, UUID deviceId, PaymentMethod paymentMethod,
                               UUID orderId, Instant activatedAt) {
}
