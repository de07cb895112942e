package co.kustom.ipp.location.query;

import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.location.api.LocationAddress;
import co.kustom.ipp.location.api.LocationDto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "location_view")
public class LocationView {

    @Id
    private UUID locationId;
    @Column(nullable = false)
    private UUID merchantId;
    @Column(nullable = false)
    private String name;
    private String streetAddress;
    private String streetAddress2;
    private String postalCode;
    private String city;
    @Column(nullable = false, length = 2)
    private String country;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected LocationView() {
    }

    LocationView(UUID locationId, UUID merchantId, Instant createdAt) {
        this.locationId = locationId;
        this.merchantId = merchantId;
        this.createdAt = createdAt;
    }

    void describe(LocationAddress address, Instant at) {
        name = address.name();
        streetAddress = address.streetAddress();
        streetAddress2 = address.streetAddress2();
        postalCode = address.postalCode();
        city = address.city();
        country = address.country();
        updatedAt = at;
    }

    LocationDto toDto() {
        return new LocationDto(locationId, merchantId, name, streetAddress, streetAddress2, postalCode, city, country,
                createdAt, updatedAt);
    }
}
