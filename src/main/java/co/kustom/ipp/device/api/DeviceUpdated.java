package co.kustom.ipp.device.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Revision 2 added {@code openCashRegisterId} (read as null from revision 1: {@code DeviceUpdatedUpcaster}). */
@Revision("2")
public record DeviceUpdated(UUID deviceId, UUID merchantId, String name, Map<String, String> metadata,
                            UUID locationId, Integer openCashRegisterId, Instant updatedAt) {
}
