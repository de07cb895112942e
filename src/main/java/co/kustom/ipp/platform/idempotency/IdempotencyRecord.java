package co.kustom.ipp.platform.idempotency;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The first answer to a request that carried an {@code Idempotency-Key}, kept to answer its retries. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

    @Embeddable
    record Key(UUID merchantId, String idempotencyKey) implements Serializable {
    }

    @EmbeddedId
    private Key id;
    @Column(nullable = false)
    private String requestHash;
    @Column(nullable = false, columnDefinition = "text")
    private String responseBody;
    @Column(nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(Key id, String requestHash, String responseBody, Instant createdAt) {
        this.id = id;
        this.requestHash = requestHash;
        this.responseBody = responseBody;
        this.createdAt = createdAt;
    }

    String requestHash() {
        return requestHash;
    }

    String responseBody() {
        return responseBody;
    }
}
