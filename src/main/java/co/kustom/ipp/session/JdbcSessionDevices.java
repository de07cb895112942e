package co.kustom.ipp.session;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link SessionDevices} from the device feature's registry and this feature's {@code device_open_session} table. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class JdbcSessionDevices implements SessionDevices {

    private final DeviceRegistry registry;
    private final JdbcTemplate jdbc;

    JdbcSessionDevices(DeviceRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SessionDevice> lock(UUID merchantId, UUID deviceId) {
        return registry.lock(merchantId, deviceId).map(device -> new SessionDevice(device.locationId(), device.active(),
                openSession(deviceId)));
    }

    @Override
    public void occupy(UUID deviceId, UUID sessionId) {
        jdbc.update("insert into device_open_session (device_id, session_id) values (?, ?)", deviceId, sessionId);
    }

    @Override
    public void release(UUID deviceId, UUID sessionId) {
        jdbc.update("delete from device_open_session where device_id = ? and session_id = ?", deviceId, sessionId);
    }

    /** A plain read, also outside a transaction (the deleted-device policy runs without one). */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<UUID> openSession(UUID deviceId) {
        return jdbc.queryForList("select session_id from device_open_session where device_id = ?", UUID.class,
                deviceId).stream().findFirst();
    }
}
