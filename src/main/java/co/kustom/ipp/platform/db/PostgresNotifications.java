package co.kustom.ipp.platform.db;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's NOTIFY as this instance hears it: one connection LISTENs on every channel a component subscribed to
 * (before start-up ends) and hands each notification's payload to its subscribers; it reconnects when the
 * connection is lost. A notification sent in a transaction is delivered only when that transaction commits, to
 * every instance. What arrives while reconnecting is lost, so subscribers use it to act sooner, never as the only
 * way to act.
 */
@Component
public class PostgresNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresNotifications.class);

    private final DataSource dataSource;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread thread;

    PostgresNotifications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Sends a notification in the current transaction (at once without one). */
    public static void send(JdbcTemplate jdbc, String channel, String payload) {
        jdbc.query("select pg_notify(?, ?)", resultSet -> null, channel, payload);
    }

    public void subscribe(String channel, Consumer<String> subscriber) {
        if (running) {
            throw new IllegalStateException("Subscribe to " + channel + " before the service has started");
        }
        subscribers.computeIfAbsent(channel, key -> new CopyOnWriteArrayList<>()).add(subscriber);
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "postgres-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    for (String channel : subscribers.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification);
                        }
                    }
                }
            } catch (Exception e) {
                if (running) {
                    log.warn("Listening for PostgreSQL notifications failed; reconnecting in a second", e);
                    sleep();
                }
            }
        }
    }

    private void deliver(PGNotification notification) {
        for (Consumer<String> subscriber : subscribers.getOrDefault(notification.getName(), List.of())) {
            try {
                subscriber.accept(notification.getParameter());
            } catch (RuntimeException e) {
                log.warn("Handling a notification on {} failed", notification.getName(), e);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
