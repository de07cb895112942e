package co.kustom.ipp.device.web;

import java.util.List;
import java.util.UUID;

import co.kustom.ipp.device.api.DeregisterDevice;
import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.api.ListDevices;
import co.kustom.ipp.device.api.UpdateDevice;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.MetadataFilter;
import co.kustom.ipp.platform.web.PageParameters;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ipp/v1/devices")
@Tag(name = "Devices", description = "Device registration and management.")
class DeviceController {

    private final Commands commands;
    private final Queries queries;

    DeviceController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @PageParameters
    @Operation(summary = "List devices", description = "The merchant's registered (active) devices, oldest first. "
            + "metadata=key:value may be repeated up to 5 times and all pairs must match.")
    PageResult<DeviceDto> list(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                               @RequestParam(name = "location_id", required = false) UUID locationId,
                               @RequestParam(name = MetadataFilter.PARAMETER, required = false) List<String> metadata,
                               @Parameter(hidden = true) PageQuery page) {
        return queries.page(new ListDevices(merchant.merchantId(), locationId, MetadataFilter.parse(metadata), page));
    }

    @GetMapping("/{device_id}")
    @Operation(summary = "Get device")
    DeviceDto get(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                  @PathVariable("device_id") UUID deviceId) {
        return find(merchant.merchantId(), deviceId);
    }

    @PutMapping("/{device_id}")
    @Operation(summary = "Update device", description = "Replaces name, metadata, location_id and open_cash_register_id: a field left out "
            + "is cleared. A device without a location takes no sessions until it gets one.")
    DeviceDto update(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                     @PathVariable("device_id") UUID deviceId, @Valid @RequestBody UpdateDeviceRequest request) {
        UUID merchantId = merchant.merchantId();
        find(merchantId, deviceId);
        commands.sendAndWait(new UpdateDevice(deviceId, merchantId,
                request.name() == null ? null : request.name().trim(), request.metadata(), request.locationId(),
                request.openCashRegisterId()));
        return find(merchantId, deviceId);
    }

    /**
     * One command: the session feature's policy cancels the device's unfinished session in reaction to its
     * deregistration, and the answer waits for that too, so a GET of the session right after shows it CANCELLED.
     */
    @DeleteMapping("/{device_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete device", description = "Its credentials stop working at once and its unfinished "
            + "session, if any, is cancelled.")
    void delete(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                @PathVariable("device_id") UUID deviceId) {
        find(merchant.merchantId(), deviceId);
        commands.sendAndWaitForReactions(new DeregisterDevice(deviceId, merchant.merchantId()));
    }

    private DeviceDto find(UUID merchantId, UUID deviceId) {
        return queries.require(new FindDevice(merchantId, deviceId), DeviceDto.class, "Device " + deviceId);
    }
}
