package co.kustom.ipp.enrollment.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A phone redeems the code to register as {@code deviceId}; answered with an {@link EnrollmentRedemption}. */
public record RedeemEnrollment(@TargetAggregateIdentifier UUID enrollmentId, UUID deviceId) {
}
