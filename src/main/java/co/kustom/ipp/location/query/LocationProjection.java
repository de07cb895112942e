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
import org.springframework.data.domain.Sort;
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
        LocationView view = new LocationView(event.locationId(), event.merchantId(), event.createdAt());
        view.describe(event.address(), event.createdAt());
        locations.insert(view);
    }

    @EventHandler
    void on(LocationUpdated event) {
        locations.getReferenceById(event.locationId()).describe(event.address(), event.updatedAt());
    }

    @EventHandler
    void on(LocationDeleted event) {
        locations.deleteById(event.locationId());
    }

    @QueryHandler
    Optional<LocationDto> handle(FindLocation query) {
        return locations.findByLocationIdAndMerchantId(query.locationId(), query.merchantId()).map(LocationView::toDto);
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListLocations query) {
        var page = locations.findByMerchantId(query.merchantId(),
                query.page().toPageRequest(Sort.by("createdAt", "locationId")));
        return PageResult.of(page, LocationView::toDto);
    }
}
