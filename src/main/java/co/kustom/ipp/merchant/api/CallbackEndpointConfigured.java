package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

/** The signing secret is not in the event: it lives only in the secret store, never in the event history. */
public record CallbackEndpointConfigured(UUID merchantId, String url, Instant configuredAt) {
}
