package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

public record ApiKeyRevoked(UUID merchantId, UUID apiKeyId, Instant revokedAt) {
}
