package co.kustom.ipp.device.dispatch;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The POS apps waiting on this instance (long polls, event streams), by device, and the signals handed to them. */
@Component
public class DeviceChannels {

    private static final Logger log = LoggerFactory.getLogger(DeviceChannels.class);

    private final Map<UUID, Set<Consumer<DeviceSignal>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "device-signals");
        thread.setDaemon(true);
        return thread;
    });

    /** Listens to a device's signals until the returned subscription is closed. */
    public AutoCloseable subscribe(UUID deviceId, Consumer<DeviceSignal> listener) {
        listeners.computeIfAbsent(deviceId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(deviceId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void publish(DeviceSignal signal) {
        for (Consumer<DeviceSignal> listener : listeners.getOrDefault(signal.deviceId(), Set.of())) {
            delivery.execute(() -> {
                try {
                    listener.accept(signal);
                } catch (RuntimeException e) {
                    log.warn("Delivering {} to a waiting device failed", signal, e);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
