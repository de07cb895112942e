package co.kustom.ipp.audit.web;

import java.time.Instant;
import java.util.stream.Stream;

import co.kustom.ipp.audit.api.FindReconciliationReport;
import co.kustom.ipp.audit.api.ReconciliationReport;
import co.kustom.ipp.audit.api.ReconciliationReport.Row;
import co.kustom.ipp.audit.api.ReportGrouping;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ipp/v1/reports/reconciliation")
@Tag(name = "Audit")
class ReconciliationReportController {

    static final String CSV = "text/csv";
    private static final String CSV_HEADER = "group,currency,sessions,finalized_count,finalized_amount,"
            + "finalized_tax_amount,cancelled_count,cancelled_amount,expired_count,expired_amount,failed_count,"
            + "failed_amount,open_count,open_amount";

    private final Queries queries;

    ReconciliationReportController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reconciliation report", description = "Sessions created in [from, to), counted and summed "
            + "(minor units) per status, per group_by (day in UTC, location, device, payment_method or currency) and "
            + "currency, with totals per currency. Accept: text/csv for CSV.")
    ReconciliationReport json(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                              @RequestParam("from") Instant from, @RequestParam("to") Instant to,
                              @RequestParam(name = "group_by", defaultValue = "day") String groupBy) {
        if (!from.isBefore(to)) {
            throw IppException.invalid("to", "must be after from");
        }
        return queries.get(new FindReconciliationReport(merchant.merchantId(), from, to, grouping(groupBy)),
                ReconciliationReport.class);
    }

    @GetMapping(produces = CSV)
    ResponseEntity<String> csv(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                               @RequestParam("from") Instant from, @RequestParam("to") Instant to,
                               @RequestParam(name = "group_by", defaultValue = "day") String groupBy) {
        ReconciliationReport report = json(merchant, from, to, groupBy);
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        Stream.concat(report.rows().stream(), report.totals().stream()).forEach(row -> csv.append(line(row)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reconciliation.csv\"")
                .contentType(MediaType.parseMediaType(CSV))
                .body(csv.toString());
    }

    private static String line(Row row) {
        return String.join(",", row.group(), row.currency(), Long.toString(row.sessions()),
                Long.toString(row.finalized().count()), Long.toString(row.finalized().amount()),
                Long.toString(row.finalized().taxAmount()), Long.toString(row.cancelled().count()),
                Long.toString(row.cancelled().amount()), Long.toString(row.expired().count()),
                Long.toString(row.expired().amount()), Long.toString(row.failed().count()),
                Long.toString(row.failed().amount()), Long.toString(row.open().count()),
                Long.toString(row.open().amount())) + "\n";
    }

    private static ReportGrouping grouping(String value) {
        for (ReportGrouping grouping : ReportGrouping.values()) {
            if (grouping.name().equalsIgnoreCase(value)) {
                return grouping;
            }
        }
        throw IppException.invalid("group_by", "must be one of day, location, device, payment_method, currency");
    }
}
