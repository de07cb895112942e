package co.kustom.ipp.merchant.api;

import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Answered with the new destination's signing secret, which is shown once. */
public record AddWebhookDestination(@TargetAggregateIdentifier UUID merchantId, UUID destinationId, String name,
                                    String url, List<String> events) {
}
