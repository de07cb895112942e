package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The secrets themselves are in the secret store only, never in the event history. */
@Revision("1")
public record WebhookSecretRotated(UUID merchantId, UUID destinationId, Instant rotatedAt) {
}
