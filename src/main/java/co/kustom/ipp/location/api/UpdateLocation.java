package co.kustom.ipp.location.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a location's name and address. */
public record UpdateLocation(@TargetAggregateIdentifier UUID locationId, UUID merchantId, LocationAddress address) {
}
