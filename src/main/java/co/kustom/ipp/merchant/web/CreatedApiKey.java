package co.kustom.ipp.merchant.web;

import java.time.Instant;
import java.util.UUID;

/** A new API key: {@code api_key} is shown here once and never again. */
public record CreatedApiKey(UUID id, String apiKey, String hint, String label, Instant createdAt) {
}
