package co.kustom.ipp.location;

import static co.kustom.ipp.platform.domain.Refusal.Kind.CONFLICT;
import static co.kustom.ipp.platform.domain.Refusal.Kind.NOT_FOUND;
import static co.kustom.ipp.support.RefusalMatchers.invalid;
import static co.kustom.ipp.support.RefusalMatchers.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import co.kustom.ipp.location.api.CreateLocation;
import co.kustom.ipp.location.api.DeleteLocation;
import co.kustom.ipp.location.api.LocationAddress;
import co.kustom.ipp.location.api.LocationCreated;
import co.kustom.ipp.location.api.LocationDeleted;
import co.kustom.ipp.location.api.LocationUpdated;
import co.kustom.ipp.location.api.UpdateLocation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocationTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final UUID LOCATION = UUID.randomUUID();
    static final UUID MERCHANT = UUID.randomUUID();
    static final LocationAddress ADDRESS = new LocationAddress("Store", "Storgatan 1", null, "111 22", "Stockholm", "SE");

    AggregateTestFixture<Location> fixture;
    InMemoryLocationOccupancy occupancy;

    @BeforeEach
    void setUp() {
        occupancy = new InMemoryLocationOccupancy();
        fixture = new AggregateTestFixture<>(Location.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(occupancy);
    }

    @Test
    void aLocationWhereADeviceStandsCannotBeDeleted() {
        occupancy.open(MERCHANT, LOCATION);
        occupancy.place(MERCHANT, LOCATION);
        fixture.given(new LocationCreated(LOCATION, MERCHANT, ADDRESS, NOW))
                .when(new DeleteLocation(LOCATION, MERCHANT))
                .expectExceptionDetails(refused(CONFLICT, "LOCATION_IN_USE"))
                .expectNoEvents();
    }

    @Test
    void createsUpdatesAndDeletes() {
        fixture.givenNoPriorActivity()
                .when(new CreateLocation(LOCATION, MERCHANT, ADDRESS))
                .expectEvents(new LocationCreated(LOCATION, MERCHANT, ADDRESS, NOW));
        LocationAddress moved = new LocationAddress("Store", "Kungsgatan 2", null, "111 43", "Stockholm", "SE");
        fixture.given(new LocationCreated(LOCATION, MERCHANT, ADDRESS, NOW))
                .when(new UpdateLocation(LOCATION, MERCHANT, moved))
                .expectEvents(new LocationUpdated(LOCATION, MERCHANT, moved, NOW));
        fixture.given(new LocationCreated(LOCATION, MERCHANT, ADDRESS, NOW))
                .when(new DeleteLocation(LOCATION, MERCHANT))
                .expectEvents(new LocationDeleted(LOCATION, MERCHANT, NOW));
    }

    @Test
    void theCountryMustBeAnIsoCode() {
        fixture.givenNoPriorActivity()
                .when(new CreateLocation(LOCATION, MERCHANT, new LocationAddress("Store", null, null, null, null, "Sweden")))
                .expectExceptionDetails(invalid("country"));
        fixture.givenNoPriorActivity()
                .when(new CreateLocation(LOCATION, MERCHANT, new LocationAddress("Store", null, null, null, null, "XX")))
                .expectExceptionDetails(invalid("country"));
    }

    @Test
    void aDeletedOrForeignLocationIsNotFound() {
        fixture.given(new LocationCreated(LOCATION, MERCHANT, ADDRESS, NOW), new LocationDeleted(LOCATION, MERCHANT, NOW))
                .when(new UpdateLocation(LOCATION, MERCHANT, ADDRESS))
                .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
        fixture.given(new LocationCreated(LOCATION, MERCHANT, ADDRESS, NOW))
                .when(new DeleteLocation(LOCATION, UUID.randomUUID()))
                .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
    }
}
