package co.kustom.ipp.audit.api;

import java.time.Instant;

/** How far a projection rebuild has come; {@code secondsLeft} is an estimate from the rate so far. */
public record RebuildProgress(State state, long eventsDone, long eventsTotal, long eventsPerSecond, Long secondsLeft,
                              Instant startedAt, Instant finishedAt, String error) {

    public enum State {
        RUNNING, COMPLETED, FAILED
    }
}
