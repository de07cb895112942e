package co.kustom.ipp.merchant.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeApiKey(@TargetAggregateIdentifier UUID merchantId, UUID apiKeyId) {
}
