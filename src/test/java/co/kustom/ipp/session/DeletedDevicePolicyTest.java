package co.kustom.ipp.session;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.device.api.DeviceDeregistered;
import co.kustom.ipp.session.api.CancelSessionOfDeletedDevice;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/** The policy as plain Java: what it sends for a deleted device, from the device's open session at that moment. */
class DeletedDevicePolicyTest {

    static final UUID DEVICE = UUID.randomUUID();
    static final UUID MERCHANT = UUID.randomUUID();
    static final UUID SESSION = UUID.randomUUID();

    SessionTest.FakeDevices devices = new SessionTest.FakeDevices()
            .with(MERCHANT, DEVICE, new SessionDevices.SessionDevice(UUID.randomUUID(), false, Optional.empty()));
    CommandGateway commands = mock(CommandGateway.class);
    DeletedDevicePolicy policy = new DeletedDevicePolicy(devices, commands);

    @Test
    void cancelsTheSessionTheDeletedDeviceIsBusyWith() {
        devices.occupy(DEVICE, SESSION);

        policy.on(new DeviceDeregistered(DEVICE, MERCHANT, Instant.now()));

        verify(commands).sendAndWait(eq(new CancelSessionOfDeletedDevice(SESSION, DEVICE)), anyLong(),
                any(TimeUnit.class));
    }

    @Test
    void sendsNothingForADeviceWithoutAnOpenSession() {
        policy.on(new DeviceDeregistered(DEVICE, MERCHANT, Instant.now()));

        verifyNoInteractions(commands);
    }
}
