package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import co.kustom.ipp.platform.db.DurableSettings;
import co.kustom.ipp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded PostgreSQL the service starts holds payments: it flushes every commit before acknowledging it. */
@IntegrationTest
class EmbeddedDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void runsWithDurableCommits() throws Exception {
        assertThat(DurableSettings.read(dataSource))
                .containsEntry("fsync", "on")
                .containsEntry("synchronous_commit", "on")
                .containsEntry("full_page_writes", "on");
    }
}
