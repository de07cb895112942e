package co.kustom.ipp.session.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The device collected the payment. */
public record CompleteSession(@TargetAggregateIdentifier UUID sessionId, UUID deviceId, String paymentReference) {
}
