package co.kustom.ipp.session.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a session for {@code deviceId}; {@code locationId}, when given (else null), must be where it stands. */
public record CreateSession(@TargetAggregateIdentifier UUID sessionId, UUID merchantId, UUID deviceId,
                            UUID locationId, SessionOrder order) {
}
