package co.kustom.ipp.merchant.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a merchant together with its first API key (only the key's hash travels). */
public record CreateMerchant(@TargetAggregateIdentifier UUID merchantId, String name, UUID apiKeyId,
                             String apiKeyHash, String apiKeyHint) {
}
