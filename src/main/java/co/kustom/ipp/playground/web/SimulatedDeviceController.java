package co.kustom.ipp.playground.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.api.RegisterDevice;
import co.kustom.ipp.device.dispatch.DeviceEventStreams;
import co.kustom.ipp.device.query.DevicePresence;
import co.kustom.ipp.location.query.MerchantLocations;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.config.PlaygroundOnly;
import co.kustom.ipp.platform.security.ApiKeys;
import co.kustom.ipp.platform.security.DevicePrincipal;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@PlaygroundOnly
@RequestMapping("/ipp/v1/dev")
@Tag(name = "Testing", description = "Testing utilities for simulating devices and card taps. "
        + "Available on playground only — not in production.")
class SimulatedDeviceController {

    private final Commands commands;
    private final Queries queries;
    private final MerchantLocations locations;
    private final DeviceEventStreams streams;
    private final DevicePresence presence;

    SimulatedDeviceController(Commands commands, Queries queries, MerchantLocations locations,
                              DeviceEventStreams streams, DevicePresence presence) {
        this.streams = streams;
        this.presence = presence;
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

    /** What a simulated device would receive, for a screen that plays it (the console) or a merchant's test. */
    @GetMapping(path = "/devices/{device_id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Simulated device event stream", description = "The event stream a simulated "
            + "device would get on GET /ipp/v1/device/events, with the merchant's API key: session.dispatched (data: "
            + "the session; also for the open session when the stream opens), session.cancelled and "
            + "session.expired. While it is open the device counts as online. A real device's stream is its own "
            + "(409 DEVICE_NOT_SIMULATED).")
    SseEmitter events(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                      @PathVariable("device_id") UUID deviceId) {
        DeviceDto device = queries.require(new FindDevice(merchant.merchantId(), deviceId), DeviceDto.class,
                "Device " + deviceId);
        if (!device.simulated()) {
            throw IppException.conflict("DEVICE_NOT_SIMULATED", "Device " + deviceId + " is a real device: its "
                    + "session stream is the POS app's, with its device token");
        }
        presence.seen(deviceId);
        return streams.open(new DevicePrincipal(deviceId, merchant.merchantId()));
    }
}
