package co.kustom.ipp.audit.api;

import java.util.UUID;

/** The session's events from the event store, oldest first; empty when the session is not the merchant's. */
public record FindSessionHistory(UUID merchantId, UUID sessionId) {
}
