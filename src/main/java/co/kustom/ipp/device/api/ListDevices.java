package co.kustom.ipp.device.api;

import java.util.UUID;

import co.kustom.ipp.platform.web.PageQuery;

/** Lists a merchant's active devices, optionally only those at {@code locationId}. */
public record ListDevices(UUID merchantId, UUID locationId, PageQuery page) {
}
