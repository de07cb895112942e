package co.kustom.ipp.audit.api;

import java.time.Instant;

/** One event of a session's history as the event store holds it, with who caused it. */
public record RecordedEvent(long sequence, String type, Instant occurredAt, Object payload, Causer causedBy) {

    /** {@code type}: api_key (id: the API key's id), device (the device's id), operator, or system. */
    public record Causer(String type, String id) {
    }
}
