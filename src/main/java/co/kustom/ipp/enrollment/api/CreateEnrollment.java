package co.kustom.ipp.enrollment.api;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateEnrollment(@TargetAggregateIdentifier UUID enrollmentId, UUID merchantId, UUID locationId,
                               String code, Map<String, String> metadata, Duration lifetime) {
}
