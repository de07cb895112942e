package co.kustom.ipp.device.query;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a device was last heard from. An operational fact, not an event: it would flood the event store, and it is
 * kept out of the device view so that rebuilding the view from events never loses it.
 */
@Component
public class DevicePresence {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DevicePresence(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When each of these devices was last seen; devices never seen are missing from the map. */
    Map<UUID, Instant> lastSeen(Collection<UUID> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> seen = new HashMap<>();
        jdbc.query("select device_id, last_seen_at from device_presence where device_id = any(?)",
                row -> {
                    seen.put(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant());
                },
                (Object) deviceIds.toArray(UUID[]::new));
        return seen;
    }

    public void seen(UUID deviceId) {
        jdbc.update("""
                insert into device_presence (device_id, last_seen_at) values (?, ?)
                on conflict (device_id) do update set last_seen_at = excluded.last_seen_at""",
                deviceId, Timestamp.from(clock.instant()));
    }
}
