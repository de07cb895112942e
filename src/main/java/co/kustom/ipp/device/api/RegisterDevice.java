package co.kustom.ipp.device.api;

import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a device at a location of a merchant. {@code tokenHash} is the hash of the device's credential, or null
 * for a simulated device, which has none and is driven by the Testing endpoints.
 */
public record RegisterDevice(@TargetAggregateIdentifier UUID deviceId, UUID merchantId, UUID locationId,
                             String hardwareId, DevicePlatform platform, String name, Map<String, String> metadata,
                             boolean simulated, String tokenHash) {
}
