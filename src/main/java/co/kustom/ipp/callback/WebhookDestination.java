package co.kustom.ipp.callback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.callback.api.WebhookDestinationDto;

/**
 * Where a merchant's callbacks go, and which of them: kept in event order by the outbox's processor. Only
 * destinations in use (not removed) are read.
 *
 * @param events callback types, or {@code *}
 */
record WebhookDestination(UUID destinationId, UUID merchantId, String name, String url, List<String> events,
                          Instant createdAt, Instant updatedAt, Instant secretRotatedAt) {

    static WebhookDestination added(UUID destinationId, UUID merchantId, String name, String url, List<String> events,
                                    Instant createdAt) {
        return new WebhookDestination(destinationId, merchantId, name, url, events, createdAt, createdAt, null);
    }

    /** The default destination (the callback endpoint) has the merchant's id. */
    boolean isDefault() {
        return destinationId.equals(merchantId);
    }

    WebhookDestinationDto toDto() {
        return new WebhookDestinationDto(destinationId, name, url, events, null, createdAt, updatedAt,
                secretRotatedAt);
    }
}
