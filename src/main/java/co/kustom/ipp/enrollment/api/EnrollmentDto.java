package co.kustom.ipp.enrollment.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An enrollment as the API shows it (API.md §6), plus when it was created and the device that redeemed it. */
public record EnrollmentDto(UUID enrollmentId, String enrollmentCode, Instant expiresAt, EnrollmentStatus status,
                            Map<String, String> metadata, UUID locationId, Instant createdAt, UUID deviceId) {
}
