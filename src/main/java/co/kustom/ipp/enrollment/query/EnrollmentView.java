package co.kustom.ipp.enrollment.query;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.enrollment.api.EnrollmentCreated;
import co.kustom.ipp.enrollment.api.EnrollmentDto;
import co.kustom.ipp.enrollment.api.EnrollmentStatus;

/** Stored status is PENDING, CONSUMED or CANCELLED; EXPIRED is PENDING past {@code expires_at}, seen when read. */
public record EnrollmentView(UUID enrollmentId, UUID merchantId, UUID locationId, String code,
                             Map<String, String> metadata, EnrollmentStatus status, UUID deviceId, Instant createdAt,
                             Instant expiresAt, Instant updatedAt) {

    static EnrollmentView created(EnrollmentCreated event) {
        return new EnrollmentView(event.enrollmentId(), event.merchantId(), event.locationId(), event.code(),
                event.metadata(), EnrollmentStatus.PENDING, null, event.createdAt(), event.expiresAt(),
                event.createdAt());
    }

    EnrollmentDto toDto(Instant now) {
        EnrollmentStatus shown = status == EnrollmentStatus.PENDING && !now.isBefore(expiresAt)
                ? EnrollmentStatus.EXPIRED : status;
        return new EnrollmentDto(enrollmentId, code, expiresAt, shown, metadata, locationId, createdAt, deviceId);
    }
}
