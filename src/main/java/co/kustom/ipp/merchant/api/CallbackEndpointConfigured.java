package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * Recorded before webhook destinations existed, for the URL of what is now the default destination. It is read
 * from the history and no longer applied: {@link WebhookDestinationAdded} and {@link WebhookDestinationChanged}
 * took its place.
 */
@Revision("1")
public record CallbackEndpointConfigured(UUID merchantId, String url, Instant configuredAt) {
}
