package co.kustom.ipp.device.query;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a device's row for the rest of the current transaction. Everything that gives a device work or takes it
 * away (creating a session, deregistering) takes this lock first, so such changes to one device queue up instead
 * of racing past each other's checks.
 */
@Component
public class DeviceLocks {

    public record LockedDevice(UUID locationId, boolean active) {
    }

    private final DeviceViewRepository devices;

    DeviceLocks(DeviceViewRepository devices) {
        this.devices = devices;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LockedDevice> lock(UUID merchantId, UUID deviceId) {
        return devices.lockByDeviceIdAndMerchantId(deviceId, merchantId)
                .map(device -> new LockedDevice(device.locationId(), device.status() == DeviceStatus.ACTIVE));
    }
}
