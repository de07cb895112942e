package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionActivated(UUID sessionId, UUID merchantId, UUID deviceId, PaymentMethod paymentMethod,
                               UUID orderId, Instant activatedAt) {
}
