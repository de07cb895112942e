package co.kustom.ipp.device.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DeviceRegistered(UUID deviceId, UUID merchantId, UUID locationId, String hardwareId,
                               DevicePlatform platform, String name, Map<String, String> metadata, boolean simulated,
                               String tokenHash, Instant registeredAt) {
}
