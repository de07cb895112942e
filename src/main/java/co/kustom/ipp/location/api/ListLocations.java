package co.kustom.ipp.location.api;

import java.util.UUID;

import co.kustom.ipp.platform.web.PageQuery;

public record ListLocations(UUID merchantId, PageQuery page) {
}
