package co.kustom.ipp.device.query;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.DevicePlatform;
import co.kustom.ipp.device.api.DeviceStatus;

/** A row of the device view as its queries read it. */
record DeviceView(UUID deviceId, UUID merchantId, UUID locationId, String hardwareId, DevicePlatform platform,
                  String name, Map<String, String> metadata, Integer openCashRegisterId, DeviceStatus status,
                  boolean simulated, Instant createdAt) {

    DeviceDto toDto(Instant lastSeenAt, boolean online) {
        return new DeviceDto(deviceId, hardwareId, merchantId, locationId, name, platform, metadata, openCashRegisterId,
                createdAt, status, lastSeenAt, online, simulated);
    }
}
