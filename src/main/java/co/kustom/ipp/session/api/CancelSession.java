package co.kustom.ipp.session.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelSession(@TargetAggregateIdentifier UUID sessionId, UUID merchantId) {
}
