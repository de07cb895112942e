package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** {@code events} are the callback types the destination wants, or {@code ["*"]} for all. No secret: see there. */
@Revision("1")
public record WebhookDestinationAdded(UUID merchantId, UUID destinationId, String name, String url,
                                      List<String> events, Instant addedAt) {
}
