package co.kustom.ipp.audit.api;

import java.time.Instant;
import java.util.UUID;

/** Sessions created in [from, to), counted and summed per status, per group and currency. */
public record FindReconciliationReport(UUID merchantId, Instant from, Instant to, ReportGrouping groupBy) {
}
