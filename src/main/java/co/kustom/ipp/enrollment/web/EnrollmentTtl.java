package co.kustom.ipp.enrollment.web;

import java.time.Duration;

/** The lifetimes a published client sends as {@code ttl} instead of {@code expires_in}. */
public enum EnrollmentTtl {
    TWO_HOURS(Duration.ofHours(2)),
    TWENTY_FOUR_HOURS(Duration.ofHours(24)),
    FORTY_EIGHT_HOURS(Duration.ofHours(48)),
    SEVENTY_TWO_HOURS(Duration.ofHours(72));

    private final Duration lifetime;

    EnrollmentTtl(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
