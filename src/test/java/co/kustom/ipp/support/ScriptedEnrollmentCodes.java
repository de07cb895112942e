package co.kustom.ipp.support;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import co.kustom.ipp.enrollment.EnrollmentCode;
import co.kustom.ipp.enrollment.EnrollmentCodeGenerator;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The enrollment codes the service draws in integration tests: the ones a test queued, in order, and random ones
 * (as in production) once the queue is empty. A test that queues codes clears what it left with {@link #clear}.
 */
@TestComponent
@Primary
public class ScriptedEnrollmentCodes implements EnrollmentCodeGenerator {

    private final Queue<String> queued = new ConcurrentLinkedQueue<>();

    /** The next draws, before the random ones. */
    public void drawNext(String... codes) {
        queued.addAll(List.of(codes));
    }

    public boolean allDrawn() {
        return queued.isEmpty();
    }

    public void clear() {
        queued.clear();
    }

    @Override
    public String generate(Duration lifetime) {
        String next = queued.poll();
        return next != null ? next : EnrollmentCode.generate(lifetime);
    }
}
