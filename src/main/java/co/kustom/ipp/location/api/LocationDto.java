package co.kustom.ipp.location.api;

import java.time.Instant;
import java.util.UUID;

/** A location as the API shows it (API.md §5). */
public record LocationDto(UUID id, UUID merchantId, String name, String streetAddress, String streetAddress2,
                          String postalCode, String city, String country, Instant createdAt, Instant updatedAt) {
}
