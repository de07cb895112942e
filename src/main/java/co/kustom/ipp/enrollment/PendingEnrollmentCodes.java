package co.kustom.ipp.enrollment;

import java.time.Instant;
import java.util.UUID;

/**
 * The enrollment feature's command-side record of the codes a phone can still redeem, one entry per code, written
 * in the transaction of the Enrollment command that hands a code out or frees it: two pending enrollments never
 * share a code, and the rule is decided before anything is stored (no view is asked). A code is free again once its
 * enrollment is consumed or cancelled, or once it has expired (its entry is then taken over).
 */
public interface PendingEnrollmentCodes {

    /**
     * Gives the code to the enrollment until {@code expiresAt}; false, changing nothing, when another enrollment
     * holds it and has not expired at {@code now}. Two claims of one code at once queue up on its entry.
     */
    boolean claim(String code, UUID enrollmentId, Instant now, Instant expiresAt);

    /** The enrollment was consumed or cancelled: its code is free, unless another enrollment already took it over. */
    void release(String code, UUID enrollmentId);
}
