package co.kustom.ipp.device.api;

import java.util.Optional;
import java.util.UUID;

/**
 * The device feature's command-side record of its devices: whose each is, where it stands, whether it is still
 * registered. The Device aggregate writes it in its own commands; another feature's command that gives a device
 * work locks the device's entry for the rest of its transaction, so it and a deregistration queue up on that row.
 */
public interface DeviceRegistry {

    record RegisteredDevice(UUID locationId, boolean active) {
    }

    void registered(UUID deviceId, UUID merchantId, UUID locationId);

    void moved(UUID deviceId, UUID locationId);

    void deregistered(UUID deviceId);

    /** The merchant's device, locked until the calling command's transaction ends; empty when it is not the merchant's. */
    Optional<RegisteredDevice> lock(UUID merchantId, UUID deviceId);
}
