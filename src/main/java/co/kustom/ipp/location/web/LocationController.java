package co.kustom.ipp.location.web;

import java.util.UUID;

import co.kustom.ipp.location.api.FindLocation;
import co.kustom.ipp.location.api.ListLocations;
import co.kustom.ipp.location.api.LocationDto;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.PageParameters;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ipp/v1/locations")
@Tag(name = "Locations", description = "Manage physical locations associated with a merchant.")
class LocationController {

    private final Queries queries;

    LocationController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    @PageParameters
    @Operation(summary = "List locations")
    PageResult<LocationDto> list(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                                 @Parameter(hidden = true) PageQuery page) {
        return queries.page(new ListLocations(merchant.merchantId(), page));
    }

    @GetMapping("/{location_id}")
    @Operation(summary = "Get location")
    LocationDto get(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                    @PathVariable("location_id") UUID locationId) {
        return queries.require(new FindLocation(merchant.merchantId(), locationId), LocationDto.class,
                "Location " + locationId);
    }
}
