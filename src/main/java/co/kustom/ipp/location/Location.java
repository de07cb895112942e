package co.kustom.ipp.location;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import co.kustom.ipp.location.api.CreateLocation;
import co.kustom.ipp.location.api.DeleteLocation;
import co.kustom.ipp.location.api.LocationAddress;
import co.kustom.ipp.location.api.LocationCreated;
import co.kustom.ipp.location.api.LocationDeleted;
import co.kustom.ipp.location.api.LocationOccupancy;
import co.kustom.ipp.location.api.LocationUpdated;
import co.kustom.ipp.location.api.UpdateLocation;
import co.kustom.ipp.platform.domain.DomainRefusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A physical place of a merchant where devices stand. */
@Aggregate
public class Location {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @AggregateIdentifier
    private UUID locationId;
    private UUID merchantId;
    private boolean deleted;

    protected Location() {
    }

    @CommandHandler
    public Location(CreateLocation command, LocationOccupancy occupancy, Clock clock) {
        check(command.address());
        occupancy.open(command.merchantId(), command.locationId());
        apply(new LocationCreated(command.locationId(), command.merchantId(), command.address(), clock.instant()));
    }

    @CommandHandler
    void handle(UpdateLocation command, Clock clock) {
        requireLive(command.merchantId());
        check(command.address());
        apply(new LocationUpdated(locationId, merchantId, command.address(), clock.instant()));
    }

    @CommandHandler
    void handle(DeleteLocation command, LocationOccupancy occupancy, Clock clock) {
        requireLive(command.merchantId());
        if (!occupancy.retire(locationId)) {
            throw DomainRefusal.conflict("LOCATION_IN_USE", "Devices stand at location " + locationId
                    + "; move or delete them first");
        }
        apply(new LocationDeleted(locationId, merchantId, clock.instant()));
    }

    private void requireLive(UUID caller) {
        if (deleted || !merchantId.equals(caller)) {
            throw DomainRefusal.notFound("Location " + locationId);
        }
    }

    private static void check(LocationAddress address) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (address.name() == null || address.name().isBlank()) {
            errors.put("name", "is required");
        }
        if (address.country() == null || !COUNTRIES.contains(address.country())) {
            errors.put("country", "must be an ISO 3166-1 alpha-2 code in capitals, such as SE");
        }
        if (!errors.isEmpty()) {
            throw DomainRefusal.invalid(errors);
        }
    }

    @EventSourcingHandler
    void on(LocationCreated event) {
        locationId = event.locationId();
        merchantId = event.merchantId();
    }

    @EventSourcingHandler
    void on(LocationDeleted event) {
        deleted = true;
    }
}
