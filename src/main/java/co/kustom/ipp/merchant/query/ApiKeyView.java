package co.kustom.ipp.merchant.query;

import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.merchant.api.ApiKeyDto;
import co.kustom.ipp.merchant.api.ApiKeyIssued;

/** An API key as authentication looks it up: by hash, unique, so two merchants can never share a key. */
public record ApiKeyView(UUID apiKeyId, UUID merchantId, String keyHash, String hint, String label, Instant createdAt,
                         Instant revokedAt) {

    static ApiKeyView issued(ApiKeyIssued event) {
        return new ApiKeyView(event.apiKeyId(), event.merchantId(), event.keyHash(), event.hint(), event.label(),
                event.issuedAt(), null);
    }

    ApiKeyDto toDto() {
        return new ApiKeyDto(apiKeyId, hint, label, createdAt, revokedAt);
    }
}
