package co.kustom.ipp.session.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One attempt to pay failed (a declined card, an abandoned scan, …). */
public record FailPaymentAttempt(@TargetAggregateIdentifier UUID sessionId, UUID deviceId, String failureReason) {
}
