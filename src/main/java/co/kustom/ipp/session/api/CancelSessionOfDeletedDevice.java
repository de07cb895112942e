package co.kustom.ipp.session.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The device was deleted: its open session is cancelled. Sent by a policy that may deliver it more than once, so it
 * is never refused for the session's state: a session that already ended stays as it ended.
 */
public record CancelSessionOfDeletedDevice(@TargetAggregateIdentifier UUID sessionId, UUID deviceId) {
}
