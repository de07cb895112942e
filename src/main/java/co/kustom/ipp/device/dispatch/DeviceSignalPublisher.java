package co.kustom.ipp.device.dispatch;

import co.kustom.ipp.device.api.DeviceDeregistered;
import co.kustom.ipp.platform.db.PostgresNotifications;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionExpired;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns session events into PostgreSQL notifications, sent in the transaction in which the session view applies the
 * same events (it is in that view's processing group): PostgreSQL delivers them only when it commits, to the
 * {@link DeviceChannels} of every service instance, so a woken device always finds its session in the view.
 */
@Component
@ProcessingGroup("session-view")
@DisallowReplay
class DeviceSignalPublisher {

    static final String CHANNEL = "ipp_device_signals";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    DeviceSignalPublisher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SessionCreated event) {
        send(new DeviceSignal(event.deviceId(), event.sessionId(), DeviceSignal.Type.DISPATCHED));
    }

    @EventHandler
    void on(SessionCancelled event) {
        send(new DeviceSignal(event.deviceId(), event.sessionId(), DeviceSignal.Type.CANCELLED));
    }

    @EventHandler
    void on(SessionExpired event) {
        send(new DeviceSignal(event.deviceId(), event.sessionId(), DeviceSignal.Type.EXPIRED));
    }

    @EventHandler
    void on(DeviceDeregistered event) {
        send(new DeviceSignal(event.deviceId(), null, DeviceSignal.Type.DEREGISTERED));
    }

    void send(DeviceSignal signal) {
        try {
            PostgresNotifications.send(jdbc, CHANNEL, JSON.writeValueAsString(signal));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
