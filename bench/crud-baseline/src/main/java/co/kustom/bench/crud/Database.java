package co.kustom.bench.crud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded PostgreSQL started as the service starts its own (durable, 100 connections), and a pool of 20. */
@Configuration(proxyBeanMethods = false)
class Database {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final Map<String, String> DURABLE = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(BaselineProperties properties) throws IOException {
        Path dataDirectory = properties.dataDir().toAbsolutePath();
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        try {
            requireDurable(postgres.getPostgresDatabase());
        } catch (RuntimeException | SQLException e) {
            postgres.close();
            throw new IllegalStateException("The embedded PostgreSQL is not usable", e);
        }
        log.info("PostgreSQL on {}: {}", dataDirectory, postgres.getJdbcUrl("postgres", "postgres"));
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("baseline-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static void requireDurable(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> setting : DURABLE.entrySet()) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting.getKey())) {
                    result.next();
                    if (!setting.getValue().equals(result.getString(1))) {
                        throw new IllegalStateException("not durable: " + setting.getKey() + " = " + result.getString(1));
                    }
                }
            }
        }
    }
}
