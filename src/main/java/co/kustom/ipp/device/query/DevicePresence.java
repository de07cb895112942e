package co.kustom.ipp.device.query;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import co.kustom.ipp.platform.config.IppProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a device was last heard from, and so whether it is online: an open long poll or event stream, or any call,
 * within {@code ipp.device.online-window}. An operational fact, not an event: it would flood the event store, and it
 * is kept out of the device view so that rebuilding the view from events never loses it.
 * <p>
 * Cheap on purpose: a device is written at most once per {@code ipp.device.presence-write-interval} by each
 * instance (an event stream's keep-alive and every POS-app call report it), which is well inside the online window.
 */
@Component
public class DevicePresence {

    private static final int MAX_REMEMBERED = 100_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration writeInterval;
    private final Duration onlineWindow;
    private final Map<UUID, Instant> lastWritten = new ConcurrentHashMap<>();

    DevicePresence(JdbcTemplate jdbc, Clock clock, IppProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writeInterval = properties.device().presenceWriteInterval();
        this.onlineWindow = properties.device().onlineWindow();
    }

    /** Whether a device last seen at {@code lastSeen} counts as online now. */
    boolean online(Instant lastSeen) {
        return lastSeen != null && lastSeen.isAfter(clock.instant().minus(onlineWindow));
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
        Instant now = clock.instant();
        Instant written = lastWritten.get(deviceId);
        if (written != null && written.isAfter(now.minus(writeInterval))) {
            return;
        }
        lastWritten.put(deviceId, now);
        if (lastWritten.size() > MAX_REMEMBERED) {
            lastWritten.entrySet().removeIf(entry -> entry.getValue().isBefore(now.minus(writeInterval)));
        }
        jdbc.update("""
                insert into device_presence (device_id, last_seen_at) values (?, ?)
                on conflict (device_id) do update set last_seen_at = excluded.last_seen_at""",
                deviceId, Timestamp.from(now));
    }
}
