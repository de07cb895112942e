package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

public record SessionCancelled(UUID sessionId, UUID merchantId, UUID deviceId, Instant cancelledAt) {
}
