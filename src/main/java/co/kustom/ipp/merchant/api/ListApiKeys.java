package co.kustom.ipp.merchant.api;

import java.util.UUID;

import co.kustom.ipp.platform.web.PageQuery;

public record ListApiKeys(UUID merchantId, PageQuery page) {
}
