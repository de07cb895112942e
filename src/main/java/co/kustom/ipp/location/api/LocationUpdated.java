package co.kustom.ipp.location.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LocationUpdated(UUID locationId, UUID merchantId, LocationAddress address, Instant updatedAt) {
}
