package co.kustom.ipp.platform.axon;

import java.util.Map;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.springframework.stereotype.Component;

/** Wakes whoever waits for this instance's processors each time one of them moves on (or changes state). */
@Component
class ProcessorProgress implements EventTrackerStatusChangeListener {

    private final Object moved = new Object();
    private long moves;

    @Override
    public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> updatedTrackerStatus) {
        synchronized (moved) {
            moves++;
            moved.notifyAll();
        }
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
