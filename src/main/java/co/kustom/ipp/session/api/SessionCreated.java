package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionCreated(UUID sessionId, UUID merchantId, UUID deviceId, UUID locationId, SessionOrder order,
                             Instant createdAt, Instant expiresAt) {
}
