package co.kustom.ipp.location.query;

import java.util.Optional;

import co.kustom.ipp.location.api.FindLocation;
import co.kustom.ipp.location.api.ListLocations;
import co.kustom.ipp.location.api.LocationCreated;
import co.kustom.ipp.location.api.LocationDeleted;
import co.kustom.ipp.location.api.LocationDto;
import co.kustom.ipp.location.api.LocationUpdated;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.axon.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("location-view")
@ProjectionTables("location_view")
class LocationProjection {

    private final LocationViewRepository locations;

    LocationProjection(LocationViewRepository locations) {
        this.locations = locations;
    }

    @EventHandler
    void on(LocationCreated event) {
        locations.insert(LocationView.created(event));
    }

    @EventHandler
    void on(LocationUpdated event) {
        locations.describe(event.locationId(), event.address(), event.updatedAt());
    }

    @EventHandler
    void on(LocationDeleted event) {
        locations.delete(event.locationId());
    }

    @QueryHandler
    Optional<LocationDto> handle(FindLocation query) {
        return locations.find(query.locationId(), query.merchantId()).map(LocationView::toDto);
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListLocations query) {
        return locations.list(query.merchantId(), query.page());
    }
}
