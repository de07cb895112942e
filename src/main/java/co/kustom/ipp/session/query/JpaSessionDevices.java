package co.kustom.ipp.session.query;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.device.query.DeviceLocks;
import co.kustom.ipp.session.SessionDevices;
import co.kustom.ipp.session.api.SessionStatus;
import org.springframework.stereotype.Component;

@Component
class JpaSessionDevices implements SessionDevices {

    private final DeviceLocks deviceLocks;
    private final SessionViewRepository sessions;

    JpaSessionDevices(DeviceLocks deviceLocks, SessionViewRepository sessions) {
        this.deviceLocks = deviceLocks;
        this.sessions = sessions;
    }

    @Override
    public Optional<SessionDevice> lock(UUID merchantId, UUID deviceId) {
        return deviceLocks.lock(merchantId, deviceId).map(device -> new SessionDevice(device.locationId(),
                device.active(), sessions.findSessionIdByDeviceIdAndStatusIn(deviceId, SessionStatus.OPEN)));
    }
}
