package co.kustom.ipp.location.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateLocation(@TargetAggregateIdentifier UUID locationId, UUID merchantId, LocationAddress address) {
}
