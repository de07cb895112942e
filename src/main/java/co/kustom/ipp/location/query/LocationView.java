package co.kustom.ipp.location.query;

import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.location.api.LocationCreated;
import co.kustom.ipp.location.api.LocationDto;

public record LocationView(UUID locationId, UUID merchantId, String name, String streetAddress,
                           String streetAddress2, String postalCode, String city, String country, Instant createdAt,
                           Instant updatedAt) {

    static LocationView created(LocationCreated event) {
        var address = event.address();
        return new LocationView(event.locationId(), event.merchantId(), address.name(), address.streetAddress(),
                address.streetAddress2(), address.postalCode(), address.city(), address.country(),
                event.createdAt(), event.createdAt());
    }

    LocationDto toDto() {
        return new LocationDto(locationId, merchantId, name, streetAddress, streetAddress2, postalCode, city, country,
                createdAt, updatedAt);
    }
}
