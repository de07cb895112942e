package co.kustom.ipp.platform.axon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a projection (an event handling component whose events may be replayed) writes and nothing else
 * writes. A rebuild replays the event store into fresh copies of them and swaps the copies in, so every projection
 * of a replayable processing group declares its tables; one that does not stops the service at start-up.
 * Components that act on the world (callbacks, device signals) are {@code @DisallowReplay} instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProjectionTables {

    String[] value();
}
