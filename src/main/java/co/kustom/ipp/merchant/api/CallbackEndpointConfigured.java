package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The signing secret is not in the event: it lives only in the secret store, never in the event history. */
@Revision("1")
public record CallbackEndpointConfigured(UUID merchantId, String url, Instant configuredAt) {
}
