package co.kustom.ipp.callback.api;

import java.util.UUID;

import co.kustom.ipp.platform.web.PageQuery;

/** The merchant's deliveries, newest first, optionally of one status or one session. */
public record ListCallbackDeliveries(UUID merchantId, DeliveryStatus status, UUID sessionId, PageQuery page) {
}
