package co.kustom.ipp.callback;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.callback.api.WebhookDestinationDto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a merchant's callbacks go, and which of them: kept in event order by the outbox's processor. */
@Entity
@Table(name = "webhook_destination")
class WebhookDestination {

    @Id
    private UUID destinationId;
    @Column(nullable = false)
    private UUID merchantId;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(nullable = false, length = 2048)
    private String url;
    /** Comma-separated: callback types, or {@code *}. */
    @Column(nullable = false, length = 1024)
    private String events;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;
    private Instant secretRotatedAt;
    private Instant removedAt;

    protected WebhookDestination() {
    }

    WebhookDestination(UUID destinationId, UUID merchantId, String name, String url, List<String> events,
                       Instant createdAt) {
        this.destinationId = destinationId;
        this.merchantId = merchantId;
        this.createdAt = createdAt;
        change(name, url, events, createdAt);
    }

    void change(String name, String url, List<String> events, Instant at) {
        this.name = name;
        this.url = url;
        this.events = String.join(",", events);
        this.updatedAt = at;
    }

    void secretRotated(Instant at) {
        secretRotatedAt = at;
    }

    void remove(Instant at) {
        removedAt = at;
    }

    UUID destinationId() {
        return destinationId;
    }

    /** The default destination (the callback endpoint) has the merchant's id. */
    boolean isDefault() {
        return destinationId.equals(merchantId);
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    List<String> events() {
        return Arrays.asList(events.split(","));
    }

    WebhookDestinationDto toDto() {
        return new WebhookDestinationDto(destinationId, name, url, events(), null, createdAt, updatedAt,
                secretRotatedAt);
    }
}
