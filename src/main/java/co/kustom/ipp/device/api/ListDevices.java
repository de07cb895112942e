package co.kustom.ipp.device.api;

import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.platform.web.PageQuery;

/** Lists a merchant's active devices, optionally only those at {@code locationId} having every metadata pair. */
public record ListDevices(UUID merchantId, UUID locationId, Map<String, String> metadata, PageQuery page) {
}
