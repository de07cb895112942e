package co.kustom.ipp.merchant.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a destination's signing secret; answered with the new one. */
public record RotateWebhookSecret(@TargetAggregateIdentifier UUID merchantId, UUID destinationId) {
}
