package co.kustom.bench.crud;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Devices and sessions in two tables; a create and a cancel are each one transaction. */
@Repository
class Sessions {

    private static final String COLUMNS = "session_id, status, device_id, order_amount, purchase_currency, "
            + "purchase_started_at, order_items::text as order_items, merchant_reference1, order_tax_amount, "
            + "created_at, expires_at, updated_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final BaselineProperties properties;

    Sessions(JdbcClient jdbc, TransactionTemplate transaction, ObjectMapper json, BaselineProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.properties = properties;
    }

    Device createDevice(String name) {
        Device device = new Device(UUID.randomUUID(), name, now());
        jdbc.sql("insert into device (id, name, created_at) values (?, ?, ?)")
                .params(device.id(), name, utc(device.createdAt()))
                .update();
        return device;
    }

    Session create(CreateSessionRequest body) {
        Instant now = now();
        Session session = new Session(UUID.randomUUID(), "CREATED", body.deviceId(), body.orderAmount(),
                body.purchaseCurrency(), body.purchaseStartedAt(), lines(body.orderItems()), body.merchantReference1(),
                body.orderTaxAmount(), now, now.plus(properties.sessionLifetime()), now);
        transaction.executeWithoutResult(status -> {
            int claimed = jdbc.sql("update device set open_session = ? where id = ? and open_session is null")
                    .params(session.sessionId(), session.deviceId())
                    .update();
            if (claimed == 0) {
                throw deviceExists(session.deviceId())
                        ? ApiException.conflict("DEVICE_BUSY", "the device has an unfinished session")
                        : ApiException.notFound("device_id", "no device " + session.deviceId());
            }
            jdbc.sql("""
                            insert into session (session_id, device_id, status, order_amount, order_tax_amount,
                                purchase_currency, purchase_started_at, order_items, merchant_reference1, created_at,
                                updated_at, expires_at)
                            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
                    .params(session.sessionId(), session.deviceId(), session.status(), session.orderAmount(),
                            session.orderTaxAmount(), session.purchaseCurrency(), utc(session.purchaseStartedAt()),
                            session.orderItems(), session.merchantReference1(), utc(now), utc(now),
                            utc(session.expiresAt()))
                    .update();
        });
        return session;
    }

    Session cancel(UUID sessionId) {
        return transaction.execute(status -> {
            Session session = jdbc.sql("update session set status = 'CANCELLED', updated_at = ? "
                            + "where session_id = ? and status in ('CREATED', 'ACTIVE') returning " + COLUMNS)
                    .params(utc(now()), sessionId)
                    .query(Sessions::session)
                    .optional()
                    .orElseThrow(() -> get(sessionId) == null
                            ? ApiException.notFound("session_id", "no session " + sessionId)
                            : ApiException.conflict("SESSION_NOT_CANCELLABLE", "the session has ended"));
            jdbc.sql("update device set open_session = null where id = ? and open_session = ?")
                    .params(session.deviceId(), sessionId)
                    .update();
            return session;
        });
    }

    Session get(UUID sessionId) {
        return jdbc.sql("select " + COLUMNS + " from session where session_id = ?")
                .param(sessionId)
                .query(Sessions::session)
                .optional()
                .orElse(null);
    }

    List<Session> newest(int pageNumber, int pageSize) {
        return jdbc.sql("select " + COLUMNS + " from session order by created_at desc limit ? offset ?")
                .params(pageSize, (long) pageNumber * pageSize)
                .query(Sessions::session)
                .list();
    }

    private boolean deviceExists(UUID deviceId) {
        return jdbc.sql("select exists (select 1 from device where id = ?)").param(deviceId).query(Boolean.class).single();
    }

    private String lines(List<LineItem> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Session session(ResultSet row, int rowNumber) throws SQLException {
        return new Session(row.getObject("session_id", UUID.class), row.getString("status"),
                row.getObject("device_id", UUID.class), row.getLong("order_amount"), row.getString("purchase_currency"),
                instant(row, "purchase_started_at"), row.getString("order_items"), row.getString("merchant_reference1"),
                row.getLong("order_tax_amount"), instant(row, "created_at"), instant(row, "expires_at"),
                instant(row, "updated_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
