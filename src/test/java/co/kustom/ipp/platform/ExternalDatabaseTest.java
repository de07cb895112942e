package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import co.kustom.ipp.IppApplication;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.Sessions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** With SPRING_DATASOURCE_URL set, the service uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseTest {

    private static final String DEMO_KEY = "kco_test_api_external_db_test_key";

    @Test
    void usesTheConfiguredPostgresql() throws Exception {
        Path unusedDataDir = Path.of("target/test-data/unused-" + UUID.randomUUID());
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext service = new SpringApplicationBuilder(IppApplication.class).run(
                     "--server.port=0", "--ipp.data-dir=" + unusedDataDir, "--ipp.demo-api-key=" + DEMO_KEY,
                     "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres")) {

            assertThat(service.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            assertThat(unusedDataDir).doesNotExist();

            Api api = Api.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port"))).as(DEMO_KEY);
            String session = api.post("/ipp/v1/sessions", Sessions.seedBody(Sessions.simulatedDevice(api)))
                    .text("session_id");

            JdbcTemplate externalDb = new JdbcTemplate(external.getPostgresDatabase());
            assertThat(externalDb.queryForObject(
                    "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, session))
                    .isEqualTo(1);
            assertThat(externalDb.queryForObject(
                    "select max(global_index) - min(global_index) + 1 = count(*) from domain_event_entry", Boolean.class))
                    .as("the global event index has no gaps (META-INF/orm.xml)").isTrue();
        }
    }
}
