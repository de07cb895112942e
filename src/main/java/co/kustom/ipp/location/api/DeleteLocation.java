package co.kustom.ipp.location.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteLocation(@TargetAggregateIdentifier UUID locationId, UUID merchantId) {
}
