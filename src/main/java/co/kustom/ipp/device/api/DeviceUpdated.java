package co.kustom.ipp.device.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DeviceUpdated(UUID deviceId, UUID merchantId, String name, Map<String, String> metadata,
                            UUID locationId, Instant updatedAt) {
}
