package co.kustom.ipp.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import co.kustom.ipp.audit.api.FindReconciliationReport;
import co.kustom.ipp.audit.api.ReconciliationReport;
import co.kustom.ipp.audit.api.ReconciliationReport.Ended;
import co.kustom.ipp.audit.api.ReconciliationReport.Finalized;
import co.kustom.ipp.audit.api.ReconciliationReport.Row;
import co.kustom.ipp.audit.api.ReportGrouping;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reconciliation sums computed by PostgreSQL over the session view, exact to the minor unit. */
@Component
class ReconciliationReports {

    private static final Map<ReportGrouping, String> GROUP_EXPRESSIONS = Map.of(
            ReportGrouping.DAY, "to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')",
            ReportGrouping.LOCATION, "location_id::text",
            ReportGrouping.DEVICE, "device_id::text",
            ReportGrouping.PAYMENT_METHOD, "coalesce(payment_method, 'NONE')",
            ReportGrouping.CURRENCY, "purchase_currency");

    private static final String MEASURES = """
            count(*),
            count(*) filter (where status = 'FINALIZED'),
            coalesce(sum(order_amount) filter (where status = 'FINALIZED'), 0),
            coalesce(sum(order_tax_amount) filter (where status = 'FINALIZED'), 0),
            count(*) filter (where status = 'CANCELLED'),
            coalesce(sum(order_amount) filter (where status = 'CANCELLED'), 0),
            count(*) filter (where status = 'EXPIRED'),
            coalesce(sum(order_amount) filter (where status = 'EXPIRED'), 0),
            count(*) filter (where status = 'FAILED'),
            coalesce(sum(order_amount) filter (where status = 'FAILED'), 0),
            count(*) filter (where status in ('CREATED', 'ACTIVE')),
            coalesce(sum(order_amount) filter (where status in ('CREATED', 'ACTIVE')), 0)""";

    private final JdbcTemplate jdbc;

    ReconciliationReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    ReconciliationReport handle(FindReconciliationReport query) {
        String group = GROUP_EXPRESSIONS.get(query.groupBy());
        Object[] range = {query.merchantId(), Timestamp.from(query.from()), Timestamp.from(query.to())};
        List<Row> rows = jdbc.query("select " + group + " as report_group, purchase_currency, " + MEASURES + """
                 from session_view
                where merchant_id = ? and created_at >= ? and created_at < ?
                group by 1, 2 order by 1, 2""", ReconciliationReports::row, range);
        List<Row> totals = jdbc.query("select 'total' as report_group, purchase_currency, " + MEASURES + """
                 from session_view
                where merchant_id = ? and created_at >= ? and created_at < ?
                group by 2 order by 2""", ReconciliationReports::row, range);
        return new ReconciliationReport(query.from(), query.to(), query.groupBy(), rows, totals);
    }

    private static Row row(ResultSet rs, int index) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getLong(3),
                new Finalized(rs.getLong(4), rs.getLong(5), rs.getLong(6)),
                new Ended(rs.getLong(7), rs.getLong(8)), new Ended(rs.getLong(9), rs.getLong(10)),
                new Ended(rs.getLong(11), rs.getLong(12)), new Ended(rs.getLong(13), rs.getLong(14)));
    }
}
