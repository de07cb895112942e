package co.kustom.ipp.audit.api;

import java.time.Instant;
import java.util.List;

/**
 * Counts and sums (minor units) of the sessions created in [from, to). Every row is one group in one currency;
 * {@code totals} has one row per currency with {@code group} "total".
 */
public record ReconciliationReport(Instant from, Instant to, ReportGrouping groupBy, List<Row> rows,
                                   List<Row> totals) {

    public record Row(String group, String currency, long sessions, Finalized finalized, Ended cancelled,
                      Ended expired, Ended failed, Ended open) {
    }

    /** Collected payments: how many, their amount and their tax. */
    public record Finalized(long count, long amount, long taxAmount) {
    }

    /** Sessions that ended (or are still open) without a payment: how many and the amount they were for. */
    public record Ended(long count, long amount) {
    }
}
