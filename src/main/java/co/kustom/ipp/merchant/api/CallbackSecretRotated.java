package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Recorded before webhook destinations existed, for the default destination; {@link WebhookSecretRotated} now. */
@Revision("1")
public record CallbackSecretRotated(UUID merchantId, Instant rotatedAt) {
}
