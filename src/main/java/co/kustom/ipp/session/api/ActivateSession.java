package co.kustom.ipp.session.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The device starts collecting with a payment method; the order is created now. */
public record ActivateSession(@TargetAggregateIdentifier UUID sessionId, UUID deviceId, PaymentMethod paymentMethod) {
}
