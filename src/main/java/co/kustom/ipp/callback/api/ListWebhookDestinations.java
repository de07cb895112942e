package co.kustom.ipp.callback.api;

import java.util.UUID;

import co.kustom.ipp.platform.web.PageQuery;

/** The merchant's destinations, oldest first. */
public record ListWebhookDestinations(UUID merchantId, PageQuery page) {
}
