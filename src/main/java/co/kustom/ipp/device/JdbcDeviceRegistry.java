package co.kustom.ipp.device;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link DeviceRegistry} in the {@code device_registry} table, written in the calling command's transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class JdbcDeviceRegistry implements DeviceRegistry {

    private final JdbcTemplate jdbc;

    JdbcDeviceRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void registered(UUID deviceId, UUID merchantId, UUID locationId) {
        jdbc.update("insert into device_registry (device_id, merchant_id, location_id, active) values (?, ?, ?, true)",
                deviceId, merchantId, locationId);
    }

    @Override
    public void moved(UUID deviceId, UUID locationId) {
        jdbc.update("update device_registry set location_id = ? where device_id = ?", locationId, deviceId);
    }

    @Override
    public void deregistered(UUID deviceId) {
        jdbc.update("update device_registry set active = false where device_id = ?", deviceId);
    }

    @Override
    public Optional<RegisteredDevice> lock(UUID merchantId, UUID deviceId) {
        return jdbc.query("select location_id, active from device_registry where device_id = ? and merchant_id = ? "
                        + "for update",
                (row, i) -> new RegisteredDevice(row.getObject(1, UUID.class), row.getBoolean(2)),
                deviceId, merchantId).stream().findFirst();
    }
}
