package co.kustom.ipp.merchant.api;

import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeWebhookDestination(@TargetAggregateIdentifier UUID merchantId, UUID destinationId, String name,
                                       String url, List<String> events) {
}
