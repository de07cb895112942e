package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

public record CallbackSecretRotated(UUID merchantId, Instant rotatedAt) {
}
