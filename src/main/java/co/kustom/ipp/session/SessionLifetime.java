package co.kustom.ipp.session;

import java.time.Duration;

/** How long a session may stay unfinished before it expires ({@code IPP_SESSION_LIFETIME}). */
public record SessionLifetime(Duration value) {

    public SessionLifetime {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("The session lifetime must be positive, not " + value);
        }
    }
}
