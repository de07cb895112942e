package co.kustom.ipp.platform.axon;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.springframework.stereotype.Component;

/**
 * Wakes whoever waits for this instance's processors each time one of them moves on (or changes state), and tells
 * the subscribers. A processor reports its changes on its own thread, between two of its batches.
 */
@Component
public class ProcessorProgress implements EventTrackerStatusChangeListener {

    private final Object moved = new Object();
    private final List<EventTrackerStatusChangeListener> subscribers = new CopyOnWriteArrayList<>();
    private long moves;

    @Override
    public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> updatedTrackerStatus) {
        synchronized (moved) {
            moves++;
            moved.notifyAll();
        }
        subscribers.forEach(subscriber -> subscriber.onEventTrackerStatusChange(updatedTrackerStatus));
    }

    /** Tells {@code subscriber} each change, on the thread of the processor that made it. */
    public void subscribe(EventTrackerStatusChangeListener subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public boolean validatePositions() {
        return true;
    }

    /** How many moves so far: pass it to {@link #awaitMoveAfter} to miss none made in between. */
    long moves() {
        synchronized (moved) {
            return moves;
        }
    }

    /** Returns once a processor here has moved on since {@code seen} moves, or after {@code millis}. */
    void awaitMoveAfter(long seen, long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        synchronized (moved) {
            long left;
            while (moves == seen && (left = until - System.nanoTime()) > 0) {
                moved.wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
    }
}
