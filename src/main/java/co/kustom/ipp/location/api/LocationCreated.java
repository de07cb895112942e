package co.kustom.ipp.location.api;

import java.time.Instant;
import java.util.UUID;

public record LocationCreated(UUID locationId, UUID merchantId, LocationAddress address, Instant createdAt) {
}
