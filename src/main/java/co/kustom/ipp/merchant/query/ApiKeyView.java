package co.kustom.ipp.merchant.query;

import java.time.Instant;
import java.util.UUID;

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
    @Column(nullable = false)
    private Instant createdAt;
    private Instant revokedAt;

    protected ApiKeyView() {
    }

    ApiKeyView(UUID apiKeyId, UUID merchantId, String keyHash, String hint, Instant createdAt) {
        this.apiKeyId = apiKeyId;
        this.merchantId = merchantId;
        this.keyHash = keyHash;
        this.hint = hint;
        this.createdAt = createdAt;
    }

    UUID apiKeyId() {
        return apiKeyId;
    }

    UUID merchantId() {
        return merchantId;
    }
}
