package co.kustom.ipp.enrollment.query;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.enrollment.api.EnrollmentCreated;
import co.kustom.ipp.enrollment.api.EnrollmentDto;
import co.kustom.ipp.enrollment.api.EnrollmentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Stored status is PENDING, CONSUMED or CANCELLED; EXPIRED is PENDING past {@code expires_at}, seen when read. */
@Entity
@Table(name = "enrollment_view")
public class EnrollmentView {

    @Id
    private UUID enrollmentId;
    @Column(nullable = false)
    private UUID merchantId;
    @Column(nullable = false)
    private UUID locationId;
    @Column(nullable = false)
    private String code;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> metadata;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrollmentStatus status;
    private UUID deviceId;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant expiresAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected EnrollmentView() {
    }

    EnrollmentView(EnrollmentCreated event) {
        enrollmentId = event.enrollmentId();
        merchantId = event.merchantId();
        locationId = event.locationId();
        code = event.code();
        metadata = event.metadata();
        status = EnrollmentStatus.PENDING;
        createdAt = event.createdAt();
        expiresAt = event.expiresAt();
        updatedAt = event.createdAt();
    }

    void consumedBy(UUID device, Instant at) {
        status = EnrollmentStatus.CONSUMED;
        deviceId = device;
        updatedAt = at;
    }

    void cancelled(Instant at) {
        status = EnrollmentStatus.CANCELLED;
        updatedAt = at;
    }

    UUID enrollmentId() {
        return enrollmentId;
    }

    EnrollmentDto toDto(Instant now) {
        EnrollmentStatus shown = status == EnrollmentStatus.PENDING && !now.isBefore(expiresAt)
                ? EnrollmentStatus.EXPIRED : status;
        return new EnrollmentDto(enrollmentId, code, expiresAt, shown, metadata, locationId, createdAt, deviceId);
    }
}
