package co.kustom.ipp.device.dispatch;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.device.query.DevicePresence;
import co.kustom.ipp.platform.security.DevicePrincipal;
import co.kustom.ipp.platform.web.Queries;
import co.kustom.ipp.session.api.FindDeviceSession;
import co.kustom.ipp.session.api.FindOpenSessionForDevice;
import co.kustom.ipp.session.api.SessionDto;
import jakarta.annotation.PreDestroy;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent-events streams of connected POS apps: the open session when the stream opens, then each session
 * dispatched to, cancelled for or expired on the device, and a comment every 15 seconds that keeps proxies from
 * closing the stream and tells the service the device is still there.
 */
@Component
public class DeviceEventStreams {

    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final DeviceChannels channels;
    private final Queries queries;
    private final DevicePresence presence;
    private final Map<SseEmitter, UUID> streams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "device-stream-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    private final DispatchLatency dispatchLatency;

    DeviceEventStreams(DeviceChannels channels, Queries queries, DevicePresence presence,
                       DispatchLatency dispatchLatency) {
        this.dispatchLatency = dispatchLatency;
        this.channels = channels;
        this.queries = queries;
        this.presence = presence;
        heartbeats.scheduleAtFixedRate(this::heartbeat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    public SseEmitter open(DevicePrincipal device) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        streams.put(emitter, device.deviceId());
        AutoCloseable subscription = channels.subscribe(device.deviceId(), new DeviceChannels.Listener() {
            @Override
            public void signal(DeviceSignal signal) {
                send(emitter, signal);
            }

            @Override
            public void close() {
                emitter.complete();
            }
        });
        Runnable close = () -> {
            streams.remove(emitter);
            try {
                subscription.close();
            } catch (Exception ignored) {
                // unsubscribing cannot fail
            }
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        greet(emitter);
        openSession(device.deviceId()).ifPresent(session -> send(emitter,
                new DeviceSignal(device.deviceId(), session.sessionId(), DeviceSignal.Type.DISPATCHED)));
        return emitter;
    }

    public Optional<SessionDto> openSession(UUID deviceId) {
        return queries.find(new FindOpenSessionForDevice(deviceId), SessionDto.class);
    }

    private void send(SseEmitter emitter, DeviceSignal signal) {
        Object data = signal.type() == DeviceSignal.Type.DISPATCHED
                ? queries.find(new FindDeviceSession(signal.deviceId(), signal.sessionId()), SessionDto.class)
                        .orElse(null)
                : Map.of("session_id", signal.sessionId(), "status", signal.type().name());
        if (data == null) {
            return;
        }
        if (data instanceof SessionDto session) {
            dispatchLatency.delivered(session);
        }
        try {
            synchronized (emitter) {
                emitter.send(SseEmitter.event()
                        .id(signal.sessionId() + ":" + signal.type().eventName())
                        .name(signal.type().eventName())
                        .data(data, MediaType.APPLICATION_JSON));
            }
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }

    /** A first comment at once: it sends the response's headers, so the client knows the stream is open. */
    private static void greet(SseEmitter emitter) {
        try {
            synchronized (emitter) {
                emitter.send(SseEmitter.event().comment("connected"));
            }
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }

    private void heartbeat() {
        streams.forEach((emitter, deviceId) -> {
            try {
                synchronized (emitter) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                }
                presence.seen(deviceId);
            } catch (IOException | IllegalStateException | org.springframework.dao.DataAccessException gone) {
                emitter.completeWithError(gone);
            }
        });
    }

    @PreDestroy
    void stop() {
        heartbeats.shutdownNow();
    }
}
