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
import co.kustom.ipp.platform.domain.DomainRefusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A short-lived code that pairs one phone with a merchant's location: redeemed at most once. Its code is one no other
 * pending enrollment holds, claimed in {@link PendingEnrollmentCodes} by the command that creates it and freed by the
 * command that consumes or cancels it.
 */
@Aggregate
public class Enrollment {

    /** A short code is one of 31^8 (8.5·10^11): a draw rarely meets a pending one, and a few more settle it. */
    static final int CODE_DRAWS = 5;

    @AggregateIdentifier
    private UUID enrollmentId;
    private UUID merchantId;
    private UUID locationId;
    private String code;
    private Map<String, String> metadata;
    private Instant expiresAt;
    private EnrollmentStatus status;

    protected Enrollment() {
    }

    @CommandHandler
    public Enrollment(CreateEnrollment command, EnrollmentCodeGenerator generator, PendingEnrollmentCodes codes,
                      Clock clock) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(command.lifetime());
        String code = claimFreeCode(command, generator, codes, now, expiresAt);
        apply(new EnrollmentCreated(command.enrollmentId(), command.merchantId(), command.locationId(), code,
                Map.copyOf(command.metadata()), now, expiresAt));
    }

    /** A drawn code that a pending enrollment holds is drawn again, before anything is stored. */
    private static String claimFreeCode(CreateEnrollment command, EnrollmentCodeGenerator generator,
                                        PendingEnrollmentCodes codes, Instant now, Instant expiresAt) {
        for (int draw = 1; draw <= CODE_DRAWS; draw++) {
            String code = generator.generate(command.lifetime());
            if (codes.claim(code, command.enrollmentId(), now, expiresAt)) {
                return code;
            }
        }
        throw new IllegalStateException("Every one of " + CODE_DRAWS + " enrollment codes drawn is held by a pending "
                + "enrollment");
    }

    @CommandHandler
    EnrollmentRedemption handle(RedeemEnrollment command, PendingEnrollmentCodes codes, Clock clock) {
        switch (status) {
            case CONSUMED -> throw DomainRefusal.invalid("ENROLLMENT_CODE_CONSUMED", "enrollment_code",
                    "was already used to register a device");
            case CANCELLED -> throw DomainRefusal.invalid("ENROLLMENT_CODE_CANCELLED", "enrollment_code",
                    "was cancelled by the merchant");
            default -> {
                Instant now = clock.instant();
                if (!now.isBefore(expiresAt)) {
                    throw DomainRefusal.invalid("ENROLLMENT_CODE_EXPIRED", "enrollment_code", "expired at " + expiresAt);
                }
                codes.release(code, enrollmentId);
                apply(new EnrollmentConsumed(enrollmentId, merchantId, command.deviceId(), now));
                return new EnrollmentRedemption(merchantId, locationId, metadata);
            }
        }
    }

    /** Cancelling twice changes nothing; a code that already registered a device cannot be cancelled. */
    @CommandHandler
    void handle(CancelEnrollment command, PendingEnrollmentCodes codes, Clock clock) {
        if (!merchantId.equals(command.merchantId())) {
            throw DomainRefusal.notFound("Enrollment " + enrollmentId);
        }
        if (status == EnrollmentStatus.CONSUMED) {
            throw DomainRefusal.conflict("ENROLLMENT_CONSUMED",
                    "Enrollment " + enrollmentId + " already registered a device; delete the device instead");
        }
        if (status == EnrollmentStatus.PENDING) {
            codes.release(code, enrollmentId);
            apply(new EnrollmentCancelled(enrollmentId, merchantId, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(EnrollmentCreated event) {
        enrollmentId = event.enrollmentId();
        merchantId = event.merchantId();
        locationId = event.locationId();
        code = event.code();
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
