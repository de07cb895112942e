package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

public record ApiKeyIssued(UUID merchantId, UUID apiKeyId, String keyHash, String hint, String label, Instant issuedAt) {
}
