package co.kustom.ipp.enrollment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.enrollment.api.CancelEnrollment;
import co.kustom.ipp.enrollment.api.CreateEnrollment;
import co.kustom.ipp.enrollment.api.EnrollmentCancelled;
import co.kustom.ipp.enrollment.api.EnrollmentConsumed;
import co.kustom.ipp.enrollment.api.EnrollmentCreated;
import co.kustom.ipp.enrollment.api.EnrollmentRedemption;
import co.kustom.ipp.enrollment.api.EnrollmentStatus;
import co.kustom.ipp.enrollment.api.RedeemEnrollment;
import co.kustom.ipp.platform.web.IppException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A short-lived code that pairs one phone with a merchant's location: redeemed at most once. */
@Aggregate
public class Enrollment {

    @AggregateIdentifier
    private UUID enrollmentId;
    private UUID merchantId;
    private UUID locationId;
    private Map<String, String> metadata;
    private Instant expiresAt;
    private EnrollmentStatus status;

    protected Enrollment() {
    }

    @CommandHandler
    public Enrollment(CreateEnrollment command, Clock clock) {
        Instant now = clock.instant();
        apply(new EnrollmentCreated(command.enrollmentId(), command.merchantId(), command.locationId(), command.code(),
                Map.copyOf(command.metadata()), now, now.plus(command.lifetime())));
    }

    @CommandHandler
    EnrollmentRedemption handle(RedeemEnrollment command, Clock clock) {
        switch (status) {
            case CONSUMED -> throw IppException.invalid("ENROLLMENT_CODE_CONSUMED", "enrollment_code",
                    "was already used to register a device");
            case CANCELLED -> throw IppException.invalid("ENROLLMENT_CODE_CANCELLED", "enrollment_code",
                    "was cancelled by the merchant");
            default -> {
                Instant now = clock.instant();
                if (!now.isBefore(expiresAt)) {
                    throw IppException.invalid("ENROLLMENT_CODE_EXPIRED", "enrollment_code", "expired at " + expiresAt);
                }
                apply(new EnrollmentConsumed(enrollmentId, merchantId, command.deviceId(), now));
                return new EnrollmentRedemption(merchantId, locationId, metadata);
            }
        }
    }

    /** Cancelling twice changes nothing; a code that already registered a device cannot be cancelled. */
    @CommandHandler
    void handle(CancelEnrollment command, Clock clock) {
        if (!merchantId.equals(command.merchantId())) {
            throw IppException.notFound("Enrollment " + enrollmentId);
        }
        if (status == EnrollmentStatus.CONSUMED) {
            throw IppException.conflict("ENROLLMENT_CONSUMED",
                    "Enrollment " + enrollmentId + " already registered a device; delete the device instead");
        }
        if (status == EnrollmentStatus.PENDING) {
            apply(new EnrollmentCancelled(enrollmentId, merchantId, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(EnrollmentCreated event) {
        enrollmentId = event.enrollmentId();
        merchantId = event.merchantId();
        locationId = event.locationId();
        metadata = event.metadata();
        expiresAt = event.expiresAt();
        status = EnrollmentStatus.PENDING;
    }

    @EventSourcingHandler
    void on(EnrollmentConsumed event) {
        status = EnrollmentStatus.CONSUMED;
    }

    @EventSourcingHandler
    void on(EnrollmentCancelled event) {
        status = EnrollmentStatus.CANCELLED;
    }
}
