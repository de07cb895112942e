package co.kustom.ipp.session.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the lifecycle saga when the session's expiry deadline fires. */
public record ExpireSession(@TargetAggregateIdentifier UUID sessionId) {
}
