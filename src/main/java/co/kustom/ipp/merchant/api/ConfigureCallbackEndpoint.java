package co.kustom.ipp.merchant.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets where callbacks go; answered with a {@link CallbackEndpointConfiguration}. */
public record ConfigureCallbackEndpoint(@TargetAggregateIdentifier UUID merchantId, String url) {
}
