package co.kustom.ipp.device.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A device as the API shows it (API.md §7). */
public record DeviceDto(UUID id, String hardwareId, UUID merchantId, UUID locationId, String name,
                        DevicePlatform platform, Map<String, String> metadata, Integer openCashRegisterId,
                        Instant createdAt, DeviceStatus status, Instant lastSeenAt, boolean online,
                        boolean simulated) {
}
