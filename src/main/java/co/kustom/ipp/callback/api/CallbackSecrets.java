package co.kustom.ipp.callback.api;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The webhook destinations' signing secrets ({@code whsec_…}). They must be readable to sign with, so they are kept
 * apart, written in the transaction of the command that creates them, and never in an event. After a rotation the
 * old secret keeps signing for {@link #OVERLAP} beside the new one.
 */
public interface CallbackSecrets {

    Duration OVERLAP = Duration.ofMinutes(10);

    /** Retires the destination's current secret (if any) and creates a new one, which it returns. */
    String replace(UUID merchantId, UUID destinationId);

    /** The secrets to sign with now: the current one first, then any retired less than {@link #OVERLAP} ago. */
    List<String> signingSecrets(UUID destinationId);
}
