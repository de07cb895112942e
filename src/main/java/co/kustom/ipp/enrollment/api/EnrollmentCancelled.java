package co.kustom.ipp.enrollment.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrollmentCancelled(UUID enrollmentId, UUID merchantId, Instant cancelledAt) {
}
