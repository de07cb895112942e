package co.kustom.ipp.merchant.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets the URL of the merchant's default webhook destination (whose id is the merchant's id), creating it with all
 * events the first time; answered with a {@link CallbackEndpointConfiguration}.
 */
public record ConfigureCallbackEndpoint(@TargetAggregateIdentifier UUID merchantId, String url) {
}
