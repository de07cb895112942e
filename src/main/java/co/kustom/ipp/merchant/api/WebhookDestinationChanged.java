package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The destination as it is now: its whole name, URL and events, not only what changed. */
@Revision("1")
public record WebhookDestinationChanged(UUID merchantId, UUID destinationId, String name, String url,
                                        List<String> events, Instant changedAt) {
}
