package co.kustom.ipp.enrollment;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** {@link PendingEnrollmentCodes} for aggregate tests: the entries by code, as the table holds them. */
class InMemoryPendingEnrollmentCodes implements PendingEnrollmentCodes {

    record Entry(UUID enrollmentId, Instant expiresAt) {
    }

    final Map<String, Entry> entries = new HashMap<>();

    @Override
    public boolean claim(String code, UUID enrollmentId, Instant now, Instant expiresAt) {
        Entry held = entries.get(code);
        if (held != null && held.expiresAt().isAfter(now)) {
            return false;
        }
        entries.put(code, new Entry(enrollmentId, expiresAt));
        return true;
    }

    @Override
    public void release(String code, UUID enrollmentId) {
        entries.computeIfPresent(code, (key, held) -> held.enrollmentId().equals(enrollmentId) ? null : held);
    }
}
