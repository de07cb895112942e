package co.kustom.ipp.session.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a session for {@code deviceId}, which must stand at {@code locationId}. */
public record CreateSession(@TargetAggregateIdentifier UUID sessionId, UUID merchantId, UUID deviceId,
                            UUID locationId, SessionOrder order) {
}
