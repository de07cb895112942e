package co.kustom.ipp.enrollment;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * Enrollment codes: 8 characters a person can type without confusing look-alikes (no 0/O, 1/I/L) for lifetimes up
 * to two hours; a UUID-shaped code beyond that, where a longer-lived code must be harder to guess.
 */
public final class EnrollmentCode {

    public static final Duration SHORT_CODE_MAX_LIFETIME = Duration.ofHours(2);
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnrollmentCode() {
    }

    public static String generate(Duration lifetime) {
        if (lifetime.compareTo(SHORT_CODE_MAX_LIFETIME) > 0) {
            return UUID.randomUUID().toString();
        }
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The form codes are stored in: short codes in capitals (a phone may send them lower case), UUIDs in lower. */
    public static String normalize(String code) {
        String trimmed = code.trim();
        return trimmed.length() == 8 ? trimmed.toUpperCase(Locale.ROOT) : trimmed.toLowerCase(Locale.ROOT);
    }
}
