package co.kustom.ipp.location.web;

import java.util.UUID;

import co.kustom.ipp.location.api.CreateLocation;
import co.kustom.ipp.location.api.DeleteLocation;
import co.kustom.ipp.location.api.FindLocation;
import co.kustom.ipp.location.api.LocationDto;
import co.kustom.ipp.location.api.UpdateLocation;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/portal/v1/locations")
@Tag(name = "Portal", description = "What the merchant portal does: locations, webhook destinations and their "
        + "delivery log, API keys.")
class LocationPortalController {

    private final Commands commands;
    private final Queries queries;

    LocationPortalController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create location")
    LocationDto create(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                       @Valid @RequestBody LocationRequest request) {
        UUID locationId = UUID.randomUUID();
        commands.sendAndWait(new CreateLocation(locationId, merchant.merchantId(), request.toAddress()));
        return find(merchant.merchantId(), locationId);
    }

    @PutMapping("/{location_id}")
    @Operation(summary = "Replace location", description = "Replaces name and address; a field left out is cleared.")
    LocationDto update(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                       @PathVariable("location_id") UUID locationId, @Valid @RequestBody LocationRequest request) {
        find(merchant.merchantId(), locationId);
        commands.sendAndWait(new UpdateLocation(locationId, merchant.merchantId(), request.toAddress()));
        return find(merchant.merchantId(), locationId);
    }

    @DeleteMapping("/{location_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete location", description = "Refused with 409 LOCATION_IN_USE while a device stands there.")
    void delete(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                @PathVariable("location_id") UUID locationId) {
        find(merchant.merchantId(), locationId);
        commands.sendAndWait(new DeleteLocation(locationId, merchant.merchantId()));
    }

    private LocationDto find(UUID merchantId, UUID locationId) {
        return queries.require(new FindLocation(merchantId, locationId), LocationDto.class, "Location " + locationId);
    }
}
