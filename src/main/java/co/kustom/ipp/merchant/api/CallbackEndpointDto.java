package co.kustom.ipp.merchant.api;

import java.time.Instant;

/**
 * The merchant's callback endpoint. {@code secret} is only present in the answer that created it (the first
 * configuration, or a rotation): it is shown once.
 */
public record CallbackEndpointDto(String url, String secret, Instant configuredAt, Instant secretRotatedAt) {
}
