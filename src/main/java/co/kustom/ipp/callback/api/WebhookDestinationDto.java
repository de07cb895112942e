package co.kustom.ipp.callback.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook destination. {@code events} lists the callback types it gets, or is {@code ["*"]} for all;
 * {@code secret} is only in the answer that created it (the destination's creation or a rotation): shown once.
 */
public record WebhookDestinationDto(UUID id, String name, String url, List<String> events, String secret,
                                    Instant createdAt, Instant updatedAt, Instant secretRotatedAt) {

    /** The name of the default destination, the one {@code PUT /portal/v1/callback-endpoint} sets up. */
    public static final String DEFAULT_NAME = "Default";

    public WebhookDestinationDto withSecret(String newSecret) {
        return new WebhookDestinationDto(id, name, url, events, newSecret, createdAt, updatedAt, secretRotatedAt);
    }
}
