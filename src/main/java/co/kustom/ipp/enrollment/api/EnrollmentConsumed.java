package co.kustom.ipp.enrollment.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrollmentConsumed(UUID enrollmentId, UUID merchantId, UUID deviceId, Instant consumedAt) {
}
