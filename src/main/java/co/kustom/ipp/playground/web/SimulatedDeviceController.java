package co.kustom.ipp.playground.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.api.RegisterDevice;
import co.kustom.ipp.location.api.MerchantLocations;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.config.PlaygroundOnly;
import co.kustom.ipp.platform.security.ApiKeys;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PlaygroundOnly
@RequestMapping("/ipp/v1/dev")
@Tag(name = "Testing", description = "Testing utilities for simulating devices and card taps. "
        + "Available on playground only — not in production.")
class SimulatedDeviceController {

    private final Commands commands;
    private final Queries queries;
    private final MerchantLocations locations;

    SimulatedDeviceController(Commands commands, Queries queries, MerchantLocations locations) {
        this.commands = commands;
        this.queries = queries;
        this.locations = locations;
    }

    @PostMapping("/devices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create simulated device", description = "Registers a simulated device at once; it behaves "
            + "like a real device and is driven by the Testing endpoints. Its metadata gets \"simulated\": \"true\".")
    DeviceDto create(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                     @Valid @RequestBody SimulatedDeviceRequest request) {
        UUID merchantId = merchant.merchantId();
        Map<String, String> metadata = new LinkedHashMap<>(request.metadata() == null ? Map.of() : request.metadata());
        metadata.put("simulated", "true");
        UUID deviceId = UUID.randomUUID();
        UUID locationId = locations.resolve(merchantId, request.locationId(), "location_id");
        commands.sendAndWait(new RegisterDevice(deviceId, merchantId, locationId,
                "simulated-" + ApiKeys.random(12).toLowerCase(), null, request.name().trim(), metadata, true, null));
        return queries.require(new FindDevice(merchantId, deviceId), DeviceDto.class, "Device " + deviceId);
    }
}
