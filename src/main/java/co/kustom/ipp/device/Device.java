package co.kustom.ipp.device;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import co.kustom.ipp.device.api.DeregisterDevice;
import co.kustom.ipp.device.api.DeviceDeregistered;
import co.kustom.ipp.device.api.DeviceRegistered;
import co.kustom.ipp.device.api.DeviceRegistry;
import co.kustom.ipp.device.api.DeviceStatus;
import co.kustom.ipp.device.api.DeviceUpdated;
import co.kustom.ipp.device.api.RegisterDevice;
import co.kustom.ipp.device.api.UpdateDevice;
import co.kustom.ipp.location.api.LocationOccupancy;
import co.kustom.ipp.platform.domain.DomainRefusal;
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
    private UUID locationId;

    protected Device() {
    }

    @CommandHandler
    public Device(RegisterDevice command, LocationOccupancy occupancy, DeviceRegistry registry, Clock clock) {
        if (!occupancy.place(command.merchantId(), command.locationId())) {
            throw DomainRefusal.invalid("location_id", "is not a location of this merchant");
        }
        registry.registered(command.deviceId(), command.merchantId(), command.locationId());
        apply(new DeviceRegistered(command.deviceId(), command.merchantId(), command.locationId(),
                command.hardwareId(), command.platform(), command.name(), Map.copyOf(command.metadata()),
                command.simulated(), command.tokenHash(), clock.instant()));
    }

    /** Replaces, not patches: what the command leaves out is cleared (a device without a location takes no sessions). */
    @CommandHandler
    void handle(UpdateDevice command, LocationOccupancy occupancy, DeviceRegistry registry, Clock clock) {
        requireMerchant(command.merchantId());
        if (status == DeviceStatus.DEREGISTERED) {
            throw DomainRefusal.conflict("DEVICE_DEREGISTERED", "Device " + deviceId + " was deleted");
        }
        if (!Objects.equals(locationId, command.locationId())) {
            if (command.locationId() != null && !occupancy.place(merchantId, command.locationId())) {
                throw DomainRefusal.invalid("location_id", "is not a location of this merchant");
            }
            if (locationId != null) {
                occupancy.leave(locationId);
            }
            registry.moved(deviceId, command.locationId());
        }
        apply(new DeviceUpdated(deviceId, merchantId, command.name(),
                command.metadata() == null ? Map.of() : Map.copyOf(command.metadata()), command.locationId(),
                command.openCashRegisterId(), clock.instant()));
    }

    /** Deleting twice changes nothing. */
    @CommandHandler
    void handle(DeregisterDevice command, LocationOccupancy occupancy, DeviceRegistry registry, Clock clock) {
        requireMerchant(command.merchantId());
        if (status == DeviceStatus.ACTIVE) {
            if (locationId != null) {
                occupancy.leave(locationId);
            }
            registry.deregistered(deviceId);
            apply(new DeviceDeregistered(deviceId, merchantId, clock.instant()));
        }
    }

    private void requireMerchant(UUID caller) {
        if (!merchantId.equals(caller)) {
            throw DomainRefusal.notFound("Device " + deviceId);
        }
    }

    @EventSourcingHandler
    void on(DeviceRegistered event) {
        deviceId = event.deviceId();
        merchantId = event.merchantId();
        locationId = event.locationId();
        status = DeviceStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(DeviceUpdated event) {
        locationId = event.locationId();
    }

    @EventSourcingHandler
    void on(DeviceDeregistered event) {
        status = DeviceStatus.DEREGISTERED;
    }
}
