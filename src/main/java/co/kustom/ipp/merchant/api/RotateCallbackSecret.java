package co.kustom.ipp.merchant.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the signing secret; answered with the new one. */
public record RotateCallbackSecret(@TargetAggregateIdentifier UUID merchantId) {
}
