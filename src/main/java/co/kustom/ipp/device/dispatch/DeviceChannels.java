package co.kustom.ipp.device.dispatch;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import co.kustom.ipp.platform.db.PostgresNotifications;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The POS apps waiting on this instance (long polls, event streams), by device, and the signals handed to them.
 * <p>
 * A waiting app is let go at once when its device is deregistered, and when the service shuts down: this lifecycle
 * stops before the web server's graceful shutdown, which would otherwise wait for every long poll and stream.
 */
@Component
public class DeviceChannels implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeviceChannels.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Someone waiting for a device's signals. */
    public interface Listener {

        void signal(DeviceSignal signal);

        /** The wait is over for good (the device was deregistered, or the service is stopping). */
        void close();
    }

    private final Map<UUID, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "device-signals");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    /** Device signals reach every instance through PostgreSQL (sent by {@link DeviceSignalPublisher}). */
    DeviceChannels(PostgresNotifications notifications) {
        notifications.subscribe(DeviceSignalPublisher.CHANNEL, payload -> {
            try {
                publish(JSON.readValue(payload, DeviceSignal.class));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("An unreadable device signal: " + payload, e);
            }
        });
    }

    /** Listens to a device's signals until the returned subscription is closed; closed at once when stopping. */
    public AutoCloseable subscribe(UUID deviceId, Listener listener) {
        listeners.computeIfAbsent(deviceId, id -> new CopyOnWriteArraySet<>()).add(listener);
        AutoCloseable subscription = () -> listeners.computeIfPresent(deviceId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
        if (!running) {
            listener.close();
        }
        return subscription;
    }

    void publish(DeviceSignal signal) {
        for (Listener listener : listeners.getOrDefault(signal.deviceId(), Set.of())) {
            delivery.execute(() -> {
                try {
                    if (signal.type() == DeviceSignal.Type.DEREGISTERED) {
                        listener.close();
                    } else {
                        listener.signal(signal);
                    }
                } catch (RuntimeException e) {
                    log.warn("Delivering {} to a waiting device failed", signal, e);
                }
            });
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        listeners.values().forEach(set -> set.forEach(Listener::close));
        delivery.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's graceful shutdown (which stops at {@code DEFAULT_PHASE - 1024}). */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }
}
