package co.kustom.ipp.enrollment.api;

import java.time.Instant;
import java.util.UUID;

public record EnrollmentCancelled(UUID enrollmentId, UUID merchantId, Instant cancelledAt) {
}
