package co.kustom.ipp.audit.api;

import java.time.Instant;

/**
 * An event a processor parked after its handlers failed on it: which processor, the event (its session's or other
 * aggregate's sequence and position in it), the last error, and how many times it has been tried.
 */
public record DeadLetterView(String id, String processor, String sequence, long positionInSequence, String eventId,
                             String eventType, String aggregateId, Long aggregateSequenceNumber, Instant eventTime,
                             Instant parkedAt, Instant lastTriedAt, String errorType, String errorMessage,
                             int attempts) {
}
