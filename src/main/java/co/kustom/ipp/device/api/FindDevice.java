package co.kustom.ipp.device.api;

import java.util.UUID;

public record FindDevice(UUID merchantId, UUID deviceId) {
}
