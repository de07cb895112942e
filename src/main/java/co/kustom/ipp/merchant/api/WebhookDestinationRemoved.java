package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WebhookDestinationRemoved(UUID merchantId, UUID destinationId, Instant removedAt) {
}
