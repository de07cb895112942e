package co.kustom.ipp.callback.api;

import java.time.Instant;

/**
 * The merchant's callback endpoint, which is its default webhook destination. {@code secret} is only present in
 * the answer that created it (the first configuration, or a rotation): it is shown once.
 */
public record CallbackEndpointDto(String url, String secret, Instant configuredAt, Instant secretRotatedAt) {

    public static CallbackEndpointDto of(WebhookDestinationDto destination, String secret) {
        return new CallbackEndpointDto(destination.url(), secret, destination.updatedAt(),
                destination.secretRotatedAt());
    }
}
