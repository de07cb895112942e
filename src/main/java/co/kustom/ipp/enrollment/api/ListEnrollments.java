package co.kustom.ipp.enrollment.api;

import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.platform.web.PageQuery;

/** Pending and expired enrollments (and consumed ones when asked), newest first; cancelled ones never. */
public record ListEnrollments(UUID merchantId, UUID locationId, Map<String, String> metadata,
                              boolean includeConsumed, PageQuery page) {
}
