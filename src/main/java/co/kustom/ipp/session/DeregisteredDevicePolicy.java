package co.kustom.ipp.session;

import co.kustom.ipp.device.api.DeviceDeregistered;
import co.kustom.ipp.session.api.CancelSession;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A deleted device cannot collect its unfinished session: it is cancelled in the same transaction. The device's
 * lock is taken first, so a session being created for it at this moment is either seen here or refused there.
 */
@Component
@ProcessingGroup("session-policy")
class DeregisteredDevicePolicy {

    private final SessionDevices devices;
    private final CommandGateway commands;

    DeregisteredDevicePolicy(SessionDevices devices, CommandGateway commands) {
        this.devices = devices;
        this.commands = commands;
    }

    @EventHandler
    void on(DeviceDeregistered event) {
        devices.lock(event.merchantId(), event.deviceId())
                .flatMap(SessionDevices.SessionDevice::openSessionId)
                .ifPresent(session -> commands.sendAndWait(new CancelSession(session, event.merchantId())));
    }
}
