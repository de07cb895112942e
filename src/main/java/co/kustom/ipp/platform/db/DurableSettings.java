package co.kustom.ipp.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

/** The PostgreSQL settings without which an acknowledged commit can be lost in a crash. */
public final class DurableSettings {

    public static final Map<String, String> REQUIRED = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    private DurableSettings() {
    }

    /** The current value of each required setting, as {@code SHOW} reports it. */
    public static Map<String, String> read(DataSource database) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : REQUIRED.keySet()) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
                    result.next();
                    values.put(setting, result.getString(1));
                }
            }
        }
        return values;
    }

    static void verify(DataSource database) {
        try {
            Map<String, String> actual = read(database);
            if (!actual.equals(REQUIRED)) {
                throw new IllegalStateException("The embedded PostgreSQL is not durable: " + actual);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the embedded PostgreSQL's settings", e);
        }
    }
}
