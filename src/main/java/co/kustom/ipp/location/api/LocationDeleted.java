package co.kustom.ipp.location.api;

import java.time.Instant;
import java.util.UUID;

public record LocationDeleted(UUID locationId, UUID merchantId, Instant deletedAt) {
}
