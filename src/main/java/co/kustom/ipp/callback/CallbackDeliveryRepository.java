package co.kustom.ipp.callback;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import co.kustom.ipp.callback.api.CallbackDeliveryDto;
import co.kustom.ipp.callback.api.DeliveryStatus;
import co.kustom.ipp.callback.api.ListCallbackDeliveries;
import co.kustom.ipp.platform.db.Columns;
import co.kustom.ipp.platform.db.SqlPage;
import co.kustom.ipp.platform.web.PageResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code callback_delivery} rows the outbox records and the portal lists. */
@Component
class CallbackDeliveryRepository {

    private static final String INSERT = """
            insert into callback_delivery (delivery_id, webhook_id, destination_id, merchant_id, session_id, sequence,
                type, payload, status, attempts, last_status_code, last_error, next_attempt_at, window_started_at,
                created_at, delivered_at, traceparent)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    CallbackDeliveryRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One event's deliveries, in one JDBC batch. */
    void insert(List<CallbackDelivery> deliveries) {
        batches.batchUpdate(INSERT, deliveries, deliveries.size(), CallbackDeliveryRepository::bind);
    }

    /** Newest first; one event's deliveries (one per destination) by id, so that pages never overlap. */
    PageResult<CallbackDeliveryDto> list(ListCallbackDeliveries query) {
        return SqlPage.from("callback_delivery")
                .where("merchant_id = :merchant", "merchant", query.merchantId())
                .whereSet("status = :status", "status", Columns.name(query.status()))
                .whereSet("session_id = :session", "session", query.sessionId())
                .whereSet("destination_id = :destination", "destination", query.destinationId())
                .orderBy("created_at desc, sequence desc, delivery_id desc")
                .fetch(jdbc, query.page(), (row, i) -> read(row).toDto());
    }

    private static void bind(PreparedStatement insert, CallbackDelivery delivery) throws SQLException {
        insert.setString(1, delivery.deliveryId());
        insert.setString(2, delivery.webhookId());
        insert.setObject(3, delivery.destinationId());
        insert.setObject(4, delivery.merchantId());
        insert.setObject(5, delivery.sessionId());
        insert.setLong(6, delivery.sequence());
        insert.setString(7, delivery.type());
        insert.setString(8, delivery.payload());
        insert.setString(9, Columns.name(delivery.status()));
        insert.setInt(10, delivery.attempts());
        insert.setObject(11, delivery.lastStatusCode(), Types.INTEGER);
        insert.setString(12, delivery.lastError());
        insert.setObject(13, Columns.at(delivery.nextAttemptAt()));
        insert.setObject(14, Columns.at(delivery.windowStartedAt()));
        insert.setObject(15, Columns.at(delivery.createdAt()));
        insert.setObject(16, Columns.at(delivery.deliveredAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setString(17, delivery.traceparent());
    }

    private static CallbackDelivery read(ResultSet row) throws SQLException {
        return new CallbackDelivery(row.getString("delivery_id"), row.getString("webhook_id"),
                Columns.uuid(row, "destination_id"), Columns.uuid(row, "merchant_id"), Columns.uuid(row, "session_id"),
                row.getLong("sequence"), row.getString("type"), row.getString("payload"),
                Columns.enumOf(DeliveryStatus.class, row, "status"), row.getInt("attempts"),
                row.getObject("last_status_code", Integer.class), row.getString("last_error"),
                Columns.instant(row, "next_attempt_at"), Columns.instant(row, "window_started_at"),
                Columns.instant(row, "created_at"), Columns.instant(row, "delivered_at"),
                row.getString("traceparent"));
    }
}
