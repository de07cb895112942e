package co.kustom.ipp.enrollment.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrollmentCreated(UUID enrollmentId, UUID merchantId, UUID locationId, String code,
                                Map<String, String> metadata, Instant createdAt, Instant expiresAt) {
}
