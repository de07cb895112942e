package co.kustom.ipp.location.web;

import co.kustom.ipp.location.api.LocationAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A location's name and address, as the portal creates or replaces it. */
public record LocationRequest(
        @NotBlank(message = "is required") @Size(max = 255) String name,
        @Size(max = 255) String streetAddress,
        @Size(max = 255) String streetAddress2,
        @Size(max = 32) String postalCode,
        @Size(max = 255) String city,
        @NotBlank(message = "is required") String country) {

    LocationAddress toAddress() {
        return new LocationAddress(name.trim(), streetAddress, streetAddress2, postalCode, city, country);
    }
}
