package co.kustom.ipp.device.web;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.api.ListDevices;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.PageParameters;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ipp/v1/devices")
@Tag(name = "Devices", description = "Device registration and management.")
class DeviceController {

    private final QueryGateway queries;

    DeviceController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @PageParameters
    @Operation(summary = "List devices", description = "The merchant's registered (active) devices, oldest first.")
    PageResult<DeviceDto> list(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                               @RequestParam(name = "location_id", required = false) UUID locationId,
                               @Parameter(hidden = true) PageQuery page) {
        return queries.query(new ListDevices(merchant.merchantId(), locationId, page),
                PageResult.<DeviceDto>responseType()).join();
    }

    @GetMapping("/{device_id}")
    @Operation(summary = "Get device")
    DeviceDto get(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                  @PathVariable("device_id") UUID deviceId) {
        Optional<DeviceDto> device = queries.query(new FindDevice(merchant.merchantId(), deviceId),
                ResponseTypes.optionalInstanceOf(DeviceDto.class)).join();
        return device.orElseThrow(() -> IppException.notFound("Device " + deviceId));
    }
}
