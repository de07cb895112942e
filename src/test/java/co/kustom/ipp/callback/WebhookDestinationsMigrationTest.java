package co.kustom.ipp.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V13 turns each callback endpoint of before into its merchant's default destination, secrets and log included. */
class WebhookDestinationsMigrationTest {

    @Test
    void anEndpointOfBeforeBecomesTheDefaultDestination() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).target("12").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            UUID merchant = UUID.randomUUID();
            UUID session = UUID.randomUUID();
            jdbc.update("""
                    insert into merchant_view (merchant_id, name, created_at, callback_url, callback_configured_at,
                        callback_secret_rotated_at)
                    values (?, 'Shop', now(), 'https://pos.example.com/hooks', '2026-11-01T10:00:00Z',
                        '2026-11-02T10:00:00Z')""", merchant);
            jdbc.update("""
                    insert into callback_secret (secret_id, merchant_id, secret, created_at)
                    values (?, ?, 'whsec_c2VjcmV0', now())""", UUID.randomUUID(), merchant);
            jdbc.update("""
                    insert into callback_delivery (delivery_id, merchant_id, session_id, sequence, type, payload,
                        status, attempts, next_attempt_at, window_started_at, created_at)
                    values ('kevt_1', ?, ?, 0, 'ipp.session.created', '{}', 'FAILED', 5, now(), now(), now())""",
                    merchant, session);

            Flyway.configure().dataSource(dataSource).load().migrate();

            Map<String, Object> destination = jdbc.queryForMap(
                    "select * from webhook_destination where merchant_id = ?", merchant);
            assertThat(destination).containsEntry("destination_id", merchant).containsEntry("name", "Default")
                    .containsEntry("url", "https://pos.example.com/hooks").containsEntry("events", "*");
            assertThat(destination.get("updated_at").toString()).startsWith("2026-11-01");
            assertThat(destination.get("secret_rotated_at").toString()).startsWith("2026-11-02");
            assertThat(jdbc.queryForObject("select destination_id from callback_secret where merchant_id = ?",
                    UUID.class, merchant)).isEqualTo(merchant);
            assertThat(jdbc.queryForMap("select destination_id, webhook_id from callback_delivery"))
                    .containsEntry("destination_id", merchant).containsEntry("webhook_id", "kevt_1");
        }
    }
}
