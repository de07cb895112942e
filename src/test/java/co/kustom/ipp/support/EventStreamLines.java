package co.kustom.ipp.support;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads a server-sent-events stream's lines as they arrive, collected into a queue. */
public final class EventStreamLines {

    private EventStreamLines() {
    }

    /** The name of the next event. */
    public static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        return nextLineStartingWith(lines, "event:").substring("event:".length()).trim();
    }

    /** The next {@code data:} line, whole. */
    public static String nextData(BlockingQueue<String> lines) throws InterruptedException {
        return nextLineStartingWith(lines, "data:");
    }

    private static String nextLineStartingWith(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no '" + prefix + "' line within 10 s");
    }
}
