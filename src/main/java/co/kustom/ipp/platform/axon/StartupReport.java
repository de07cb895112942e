package co.kustom.ipp.platform.axon;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import co.kustom.ipp.platform.config.IppProperties;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start-up which environment, database and event store the service runs on. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final EventStore eventStore;
    private final IppProperties properties;
    private final Environment environment;

    StartupReport(DataSource dataSource, EventStore eventStore, IppProperties properties, Environment environment) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() throws SQLException {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        log.info("Environment: {}", properties.environment().name().toLowerCase());
        log.info("Database: {} PostgreSQL at {}{}", embedded ? "embedded" : "external", url,
                embedded ? " (data in " + properties.dataDir().toAbsolutePath().normalize() + ")" : "");
        boolean axonServer = environment.getProperty("axon.axonserver.enabled", Boolean.class, false);
        log.info("Event store: {} ({})",
                axonServer ? "Axon Server at " + environment.getProperty("axon.axonserver.servers")
                           : "Axon JDBC storage in PostgreSQL",
                eventStore.getClass().getSimpleName());
    }
}
