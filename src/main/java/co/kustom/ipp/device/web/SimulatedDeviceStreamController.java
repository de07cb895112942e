package co.kustom.ipp.device.web;

import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.dispatch.DeviceEventStreams;
import co.kustom.ipp.device.query.DevicePresence;
import co.kustom.ipp.platform.config.PlaygroundOnly;
import co.kustom.ipp.platform.security.DevicePrincipal;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Playground: a simulated device's event stream, opened with the merchant's API key (the console plays the device
 * with it). The device feature's own streams, so the playground needs none of its insides.
 */
@RestController
@PlaygroundOnly
@RequestMapping("/ipp/v1/dev")
@Tag(name = "Testing", description = "Testing utilities for simulating devices and card taps. "
        + "Available on playground only — not in production.")
class SimulatedDeviceStreamController {

    private final Queries queries;
    private final DeviceEventStreams streams;
    private final DevicePresence presence;

    SimulatedDeviceStreamController(Queries queries, DeviceEventStreams streams, DevicePresence presence) {
        this.queries = queries;
        this.streams = streams;
        this.presence = presence;
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
