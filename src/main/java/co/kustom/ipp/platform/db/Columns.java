package co.kustom.ipp.platform.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads and writes the column types of the views that JDBC does not map by itself (timestamps, uuids, enums). */
public final class Columns {

    private Columns() {
    }

    /** An instant as a {@code timestamp with time zone} parameter (null stays null). */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** An enum as the {@code varchar} column that stores its name (null stays null). */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
