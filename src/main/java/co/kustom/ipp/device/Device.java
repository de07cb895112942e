package co.kustom.ipp.device;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceRegistered;
import co.kustom.ipp.device.api.DeviceStatus;
import co.kustom.ipp.device.api.RegisterDevice;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A phone running the POS app (or a simulated one), registered to a merchant at a location. */
@Aggregate
public class Device {

    @AggregateIdentifier
    private UUID deviceId;
    private UUID merchantId;
    private DeviceStatus status;

    protected Device() {
    }

    @CommandHandler
    public Device(RegisterDevice command, Clock clock) {
        apply(new DeviceRegistered(command.deviceId(), command.merchantId(), command.locationId(),
                command.hardwareId(), command.platform(), command.name(), command.metadata(), command.simulated(),
                command.tokenHash(), clock.instant()));
    }

    @EventSourcingHandler
    void on(DeviceRegistered event) {
        deviceId = event.deviceId();
        merchantId = event.merchantId();
        status = DeviceStatus.ACTIVE;
    }
}
