package co.kustom.ipp.device.api;

import java.time.Instant;
import java.util.UUID;

public record DeviceDeregistered(UUID deviceId, UUID merchantId, Instant deregisteredAt) {
}
