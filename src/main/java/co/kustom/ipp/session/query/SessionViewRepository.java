package co.kustom.ipp.session.query;

import static co.kustom.ipp.platform.db.Columns.enumOf;
import static co.kustom.ipp.platform.db.Columns.instant;
import static co.kustom.ipp.platform.db.Columns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.platform.db.Columns;
import co.kustom.ipp.platform.db.JsonColumns;
import co.kustom.ipp.platform.db.SqlPage;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.session.api.LineItem;
import co.kustom.ipp.session.api.ListSessions;
import co.kustom.ipp.session.api.PaymentMethod;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionStatus;
import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The session view's rows as the API shows them; {@link SessionViewWriter} writes them. */
@Component
class SessionViewRepository {

    private static final TypeReference<List<LineItem>> LINE_ITEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    SessionViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SessionDto> findOfMerchant(UUID merchantId, UUID sessionId) {
        return jdbc.sql("select * from session_view where session_id = :session and merchant_id = :merchant")
                .param("session", sessionId)
                .param("merchant", merchantId)
                .query(SessionViewRepository::session)
                .optional();
    }

    Optional<SessionDto> findOfDevice(UUID deviceId, UUID sessionId) {
        return jdbc.sql("select * from session_view where session_id = :session and device_id = :device")
                .param("session", sessionId)
                .param("device", deviceId)
                .query(SessionViewRepository::session)
                .optional();
    }

    Optional<SessionDto> findOpen(UUID deviceId) {
        return jdbc.sql("""
                        select * from session_view where device_id = :device and status in (:statuses)
                        order by created_at limit 1""")
                .param("device", deviceId)
                .param("statuses", names(SessionStatus.OPEN))
                .query(SessionViewRepository::session)
                .optional();
    }

    PageResult<SessionDto> list(ListSessions query) {
        return SqlPage.from("session_view")
                .where("merchant_id = :merchant", "merchant", query.merchantId())
                .whereSet("status in (:statuses)", "statuses", names(query.statuses()))
                .whereSet("device_id = :device", "device", query.deviceId())
                .whereSet("location_id = :location", "location", query.locationId())
                .whereSet("merchant_reference1 = :reference1", "reference1", query.merchantReference1())
                .whereSet("payment_method = :method", "method", Columns.name(query.paymentMethod()))
                .whereSet("created_at >= :created_from", "created_from", Columns.at(query.createdFrom()))
                .whereSet("created_at < :created_to", "created_to", Columns.at(query.createdTo()))
                .orderBy("created_at desc, session_id desc")
                .fetch(jdbc, query.page(), SessionViewRepository::session);
    }

    /** The statuses' names; null for none, which filters nothing. */
    private static List<String> names(Collection<SessionStatus> statuses) {
        return statuses == null || statuses.isEmpty() ? null : statuses.stream().map(Enum::name).toList();
    }

    private static SessionDto session(ResultSet row, int index) throws SQLException {
        return new SessionDto(uuid(row, "session_id"), enumOf(SessionStatus.class, row, "status"),
                uuid(row, "device_id"), uuid(row, "order_id"), row.getLong("order_amount"),
                row.getString("purchase_currency"), instant(row, "purchase_started_at"),
                instant(row, "purchase_completed_at"), JsonColumns.read(row.getString("order_items"), LINE_ITEMS),
                row.getString("merchant_reference1"), row.getString("merchant_reference2"),
                row.getLong("order_tax_amount"), row.getString("merchant_data"), instant(row, "created_at"),
                instant(row, "expires_at"), instant(row, "updated_at"), uuid(row, "location_id"),
                enumOf(PaymentMethod.class, row, "payment_method"), row.getString("failure_reason"),
                row.getString("payment_reference"));
    }
}
