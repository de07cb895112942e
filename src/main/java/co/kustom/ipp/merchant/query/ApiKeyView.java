package co.kustom.ipp.merchant.query;

import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.merchant.api.ApiKeyDto;
import co.kustom.ipp.merchant.api.ApiKeyIssued;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API key as authentication looks it up: by hash, unique, so two merchants can never share a key. */
@Entity
@Table(name = "api_key_view")
public class ApiKeyView {

    @Id
    private UUID apiKeyId;
    @Column(nullable = false)
    private UUID merchantId;
    @Column(nullable = false, unique = true)
    private String keyHash;
    @Column(nullable = false)
    private String hint;
    private String label;
    @Column(nullable = false)
    private Instant createdAt;
    private Instant revokedAt;

    protected ApiKeyView() {
    }

    ApiKeyView(ApiKeyIssued event) {
        apiKeyId = event.apiKeyId();
        merchantId = event.merchantId();
        keyHash = event.keyHash();
        hint = event.hint();
        label = event.label();
        createdAt = event.issuedAt();
    }

    void revoke(Instant at) {
        revokedAt = at;
    }

    UUID apiKeyId() {
        return apiKeyId;
    }

    UUID merchantId() {
        return merchantId;
    }

    ApiKeyDto toDto() {
        return new ApiKeyDto(apiKeyId, hint, label, createdAt, revokedAt);
    }
}
