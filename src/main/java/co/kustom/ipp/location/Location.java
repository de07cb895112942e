package co.kustom.ipp.location;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.UUID;

import co.kustom.ipp.location.api.CreateLocation;
import co.kustom.ipp.location.api.LocationCreated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A physical place of a merchant where devices stand. */
@Aggregate
public class Location {

    @AggregateIdentifier
    private UUID locationId;
    private UUID merchantId;

    protected Location() {
    }

    @CommandHandler
    public Location(CreateLocation command, Clock clock) {
        apply(new LocationCreated(command.locationId(), command.merchantId(), command.address(), clock.instant()));
    }

    @EventSourcingHandler
    void on(LocationCreated event) {
        locationId = event.locationId();
        merchantId = event.merchantId();
    }
}
