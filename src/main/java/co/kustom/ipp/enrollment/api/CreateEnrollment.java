package co.kustom.ipp.enrollment.api;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The aggregate draws the code itself, one that no pending enrollment holds. */
public record CreateEnrollment(@TargetAggregateIdentifier UUID enrollmentId, UUID merchantId, UUID locationId,
                               Map<String, String> metadata, Duration lifetime) {
}
