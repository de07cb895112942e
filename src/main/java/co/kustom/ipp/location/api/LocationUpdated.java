package co.kustom.ipp.location.api;

import java.time.Instant;
import java.util.UUID;

public record LocationUpdated(UUID locationId, UUID merchantId, LocationAddress address, Instant updatedAt) {
}
