package co.kustom.ipp.callback.api;

import java.util.UUID;

import co.kustom.ipp.platform.web.PageQuery;

/** The merchant's deliveries, newest first, optionally of one status, one session or one destination. */
public record ListCallbackDeliveries(UUID merchantId, DeliveryStatus status, UUID sessionId, UUID destinationId,
                                     PageQuery page) {
}
