package co.kustom.ipp.callback.api;

import java.util.UUID;

/** One of the merchant's destinations, if it has it and has not removed it. */
public record FindWebhookDestination(UUID merchantId, UUID destinationId) {
}
