package co.kustom.ipp.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import co.kustom.ipp.platform.config.IppProperties;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} the service runs its own PostgreSQL (real binaries, from a Maven artifact)
 * with its data under {@code ipp.data-dir}, so that a fresh machine needs nothing installed and data survives a
 * restart. With a URL configured, Spring Boot's own DataSource is used instead.
 * <p>
 * The library starts PostgreSQL for throwaway test databases ({@code -F}, {@code synchronous_commit=off}); this one
 * holds payments, so every commit is flushed to disk before it is acknowledged. The library's own JVM shutdown hook
 * is off: Spring stops PostgreSQL as the last bean, after the pool that depends on it has closed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(IppProperties properties) throws IOException {
        Path dataDirectory = properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(dataDirectory);
        OrphanedPostmaster.stopIfLeftBehind(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        DurableSettings.verify(postgres.getPostgresDatabase());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("ipp-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
