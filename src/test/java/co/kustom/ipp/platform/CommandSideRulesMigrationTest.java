package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V17 moves the pending enrollment codes to the command side, filled from the view, and leaves the views no
 * constraint that could refuse an event the command side accepted.
 */
class CommandSideRulesMigrationTest {

    @Test
    void thePendingCodesMoveToTheCommandSideAndTheViewsRefuseNoEvent() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).target("15").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            UUID pending = enrollment(jdbc, "LIVE2345", "PENDING", "now() + interval '1 hour'");
            enrollment(jdbc, "GONE2345", "PENDING", "now() - interval '1 minute'");
            enrollment(jdbc, "USED2345", "CONSUMED", "now() + interval '1 hour'");
            enrollment(jdbc, "VOID2345", "CANCELLED", "now() + interval '1 hour'");

            Flyway.configure().dataSource(dataSource).load().migrate();

            List<Map<String, Object>> codes = jdbc.queryForList("select code, enrollment_id from pending_enrollment_code");
            assertThat(codes).containsExactly(Map.of("code", "LIVE2345", "enrollment_id", pending));

            enrollment(jdbc, "LIVE2345", "PENDING", "now() + interval '2 hours'");
            UUID device = UUID.randomUUID();
            session(jdbc, device, "CREATED", "CARD");
            session(jdbc, device, "ACTIVE", "A_METHOD_ADDED_LATER");
            jdbc.update("""
                    insert into device_view (device_id, merchant_id, location_id, hardware_id, platform, metadata,
                        status, simulated, created_at, updated_at)
                    values (?, ?, null, 'terminal-1', 'TERMINAL', '{}', 'ACTIVE', false, now(), now())""",
                    device, UUID.randomUUID());
            jdbc.update("""
                    insert into api_key_view (api_key_id, merchant_id, key_hash, hint, created_at)
                    values (?, ?, 'same-hash', 'ipp_…', now()), (?, ?, 'same-hash', 'ipp_…', now())""",
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

            assertThat(jdbc.queryForObject("select count(*) from enrollment_view where code = 'LIVE2345'",
                    Long.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from session_view where device_id = ?", Long.class,
                    device)).isEqualTo(2);
        }
    }

    private static UUID enrollment(JdbcTemplate jdbc, String code, String status, String expiresAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into enrollment_view (enrollment_id, merchant_id, location_id, code, metadata, status, created_at,
                    expires_at, updated_at)
                values (?, ?, ?, ?, '{}', ?, now(), %s, now())""".formatted(expiresAt),
                id, UUID.randomUUID(), UUID.randomUUID(), code, status);
        return id;
    }

    private static void session(JdbcTemplate jdbc, UUID device, String status, String paymentMethod) {
        jdbc.update("""
                insert into session_view (session_id, merchant_id, device_id, location_id, status, order_amount,
                    order_tax_amount, purchase_currency, purchase_started_at, order_items, payment_method,
                    failed_attempts, created_at, expires_at, updated_at)
                values (?, ?, ?, ?, ?, 100, 20, 'SEK', now(), '[]', ?, 0, now(), now(), now())""",
                UUID.randomUUID(), UUID.randomUUID(), device, UUID.randomUUID(), status, paymentMethod);
    }
}
