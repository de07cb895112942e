package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Attempt number {@code attempt} (from 1) failed; the session stays ACTIVE unless it was the last allowed. */
@Revision("1")
public record PaymentAttemptFailed(UUID sessionId, UUID merchantId, UUID deviceId, UUID orderId, int attempt,
                                   String failureReason, Instant failedAt) {
}
