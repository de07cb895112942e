package co.kustom.ipp.session.query;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import co.kustom.ipp.platform.axon.BufferedWrites;
import co.kustom.ipp.platform.db.JsonColumns;
import co.kustom.ipp.platform.db.ViewRows;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The session view's rows as a processor's batch of events changes them, written with SQL in JDBC batches before
 * the batch commits. The events of one session within a batch fold into one row written: an insert of its final
 * state, or an update of the columns they set. Nothing is loaded to change a column, and a batch of hundreds of
 * events costs a few round trips to the database instead of one or two per event.
 */
@Component
class SessionViewWriter implements BufferedWrites {

    /** Every column of {@code session_view}, in the order the statements list them, with its JDBC type. */
    private static final Map<String, Integer> COLUMNS = columns(
            "session_id", Types.OTHER, "merchant_id", Types.OTHER, "device_id", Types.OTHER,
            "location_id", Types.OTHER, "status", Types.VARCHAR, "order_id", Types.OTHER,
            "order_amount", Types.BIGINT, "order_tax_amount", Types.BIGINT, "purchase_currency", Types.VARCHAR,
            "purchase_started_at", Types.TIMESTAMP, "purchase_completed_at", Types.TIMESTAMP,
            "order_items", Types.VARCHAR, "merchant_reference1", Types.VARCHAR, "merchant_reference2", Types.VARCHAR,
            "merchant_data", Types.VARCHAR, "payment_method", Types.VARCHAR, "failure_reason", Types.VARCHAR,
            "payment_reference", Types.VARCHAR, "failed_attempts", Types.INTEGER, "created_at", Types.TIMESTAMP,
            "expires_at", Types.TIMESTAMP, "updated_at", Types.TIMESTAMP);
    private static final String INSERT = "insert into session_view (" + String.join(", ", COLUMNS.keySet())
            + ") values (" + COLUMNS.keySet().stream().map(column -> column.equals("order_items") ? "?::jsonb" : "?")
            .collect(Collectors.joining(", ")) + ")";
    private static final String PENDING = SessionViewWriter.class.getName() + ".pending";

    private final JdbcTemplate jdbc;

    SessionViewWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new session's row; its columns are set on the row returned. */
    Row insert(UUID sessionId) {
        Row row = new Row(true);
        if (pending().putIfAbsent(sessionId, row) != null) {
            throw new IllegalStateException("The session " + sessionId + " was created twice");
        }
        return row.set("session_id", sessionId);
    }

    /** The row of an existing session, the columns set on it changed. */
    Row update(UUID sessionId) {
        return pending().computeIfAbsent(sessionId, id -> new Row(false));
    }

    @Override
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            Map<UUID, Row> rows = CurrentUnitOfWork.get().root().getResource(PENDING);
            if (rows != null) {
                write(rows);
            }
        }
    }

    private Map<UUID, Row> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("The session view is written by its processor, in a unit of work");
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            Map<UUID, Row> rows = new LinkedHashMap<>();
            batch.onPrepareCommit(committing -> write(rows));
            return rows;
        });
    }

    /** Inserts first (a session's row exists before anything changes it), then the updates, a batch per shape. */
    private void write(Map<UUID, Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> inserts = new ArrayList<>();
        Map<List<String>, List<Object[]>> updates = new LinkedHashMap<>();
        rows.forEach((sessionId, row) -> {
            if (row.inserted) {
                inserts.add(COLUMNS.keySet().stream().map(row.values::get).toArray());
            } else {
                List<String> changed = COLUMNS.keySet().stream().filter(row.values::containsKey).toList();
                List<Object> values = new ArrayList<>(changed.stream().map(row.values::get).toList());
                values.add(sessionId);
                updates.computeIfAbsent(changed, key -> new ArrayList<>()).add(values.toArray());
            }
        });
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT, inserts, COLUMNS.values().stream().mapToInt(Integer::intValue).toArray());
        }
        updates.forEach((changed, batch) -> {
            List<String> parameters = new ArrayList<>(changed);
            parameters.add("session_id");
            int[] counts = jdbc.batchUpdate("update session_view set " + changed.stream()
                            .map(column -> column + " = ?").collect(Collectors.joining(", ")) + " where session_id = ?",
                    batch, parameters.stream().mapToInt(COLUMNS::get).toArray());
            for (int i = 0; i < counts.length; i++) {
                ViewRows.requireOne("session view", batch.get(i)[changed.size()], counts[i]);
            }
        });
        rows.clear();
    }

    /** The columns a batch's events set on one session's row. */
    static final class Row {

        private final boolean inserted;
        private final Map<String, Object> values = new HashMap<>();

        private Row(boolean inserted) {
            this.inserted = inserted;
        }

        Row set(String column, Object value) {
            if (!COLUMNS.containsKey(column)) {
                throw new IllegalArgumentException("session_view has no column " + column);
            }
            values.put(column, jdbcValue(value));
            return this;
        }

        private static Object jdbcValue(Object value) {
            if (value instanceof Instant instant) {
                return Timestamp.from(instant);
            }
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            if (value instanceof List<?> items) {
                return JsonColumns.write(items);
            }
            return value;
        }
    }

    private static Map<String, Integer> columns(Object... namesAndTypes) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.put((String) namesAndTypes[i], (Integer) namesAndTypes[i + 1]);
        }
        return columns;
    }
}
