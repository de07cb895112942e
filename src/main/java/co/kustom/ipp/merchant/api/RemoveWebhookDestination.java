package co.kustom.ipp.merchant.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveWebhookDestination(@TargetAggregateIdentifier UUID merchantId, UUID destinationId) {
}
