package co.kustom.ipp.enrollment.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelEnrollment(@TargetAggregateIdentifier UUID enrollmentId, UUID merchantId) {
}
