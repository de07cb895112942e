package co.kustom.ipp.enrollment;

import java.time.Duration;

/**
 * Draws a candidate enrollment code for a lifetime. A draw may collide with a code still pending: the Enrollment
 * aggregate claims it in {@link PendingEnrollmentCodes} and draws again until a claim succeeds.
 */
@FunctionalInterface
public interface EnrollmentCodeGenerator {

    String generate(Duration lifetime);
}
