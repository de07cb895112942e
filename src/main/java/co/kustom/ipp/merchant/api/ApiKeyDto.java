package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

/** An API key as the portal lists it: never the key itself, only its first characters. */
public record ApiKeyDto(UUID id, String hint, String label, Instant createdAt, Instant revokedAt) {
}
