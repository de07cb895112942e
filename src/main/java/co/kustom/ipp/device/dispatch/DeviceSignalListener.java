package co.kustom.ipp.device.dispatch;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds one connection that LISTENs for device signals and hands each to the {@link DeviceChannels} of this
 * instance; it reconnects when the connection is lost. A POS app that waited through a reconnect gets its
 * session on its next poll, which always starts by looking for one.
 */
@Component
class DeviceSignalListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeviceSignalListener.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final DeviceChannels channels;
    private volatile boolean running;
    private Thread thread;

    DeviceSignalListener(DataSource dataSource, DeviceChannels channels) {
        this.dataSource = dataSource;
        this.channels = channels;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "device-signal-listener");
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
                    statement.execute("LISTEN " + DeviceSignalPublisher.CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            channels.publish(JSON.readValue(notification.getParameter(), DeviceSignal.class));
                        }
                    }
                }
            } catch (Exception e) {
                if (running) {
                    log.warn("Listening for device signals failed; reconnecting in a second", e);
                    sleep();
                }
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
