package co.kustom.ipp.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import co.kustom.ipp.callback.api.DeliveryStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The number of deliveries per status, counted at most once per interval however often it is scraped. */
class CallbackBacklog {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Map<DeliveryStatus, Long> counts = Map.of();
    private Instant countedAt = Instant.EPOCH;

    CallbackBacklog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    synchronized double count(DeliveryStatus status) {
        if (Duration.between(countedAt, clock.instant()).compareTo(FRESH_FOR) >= 0) {
            Map<DeliveryStatus, Long> fresh = new EnumMap<>(DeliveryStatus.class);
            jdbc.query("select status, count(*) from callback_delivery where status in ('PENDING', 'FAILED') group by status",
                    row -> {
                        fresh.put(DeliveryStatus.valueOf(row.getString(1)), row.getLong(2));
                    });
            counts = fresh;
            countedAt = clock.instant();
        }
        return counts.getOrDefault(status, 0L);
    }
}
