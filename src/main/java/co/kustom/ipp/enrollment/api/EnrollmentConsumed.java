package co.kustom.ipp.enrollment.api;

import java.time.Instant;
import java.util.UUID;

public record EnrollmentConsumed(UUID enrollmentId, UUID merchantId, UUID deviceId, Instant consumedAt) {
}
