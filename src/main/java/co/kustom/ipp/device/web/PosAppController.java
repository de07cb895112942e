package co.kustom.ipp.device.web;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.platform.security.DevicePrincipal;
import co.kustom.ipp.platform.web.IppException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The POS app's own endpoints, authenticated with its device token ({@code Authorization: Bearer}). */
@RestController
@RequestMapping("/ipp/v1/device")
@Tag(name = "POS app", description = "Endpoints the POS app calls with its device token (Authorization: Bearer).")
class PosAppController {

    private final QueryGateway queries;

    PosAppController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/me")
    @Operation(summary = "The calling device")
    DeviceDto me(@Parameter(hidden = true) @AuthenticationPrincipal DevicePrincipal device) {
        return queries.query(new FindDevice(device.merchantId(), device.deviceId()),
                        ResponseTypes.optionalInstanceOf(DeviceDto.class)).join()
                .orElseThrow(() -> IppException.notFound("Device " + device.deviceId()));
    }
}
