package co.kustom.ipp.device.web;

import java.time.Duration;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.dispatch.DeviceChannels;
import co.kustom.ipp.device.dispatch.DeviceEventStreams;
import co.kustom.ipp.device.dispatch.DeviceSignal;
import co.kustom.ipp.device.dispatch.DispatchLatency;
import co.kustom.ipp.device.query.DevicePresence;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.security.DevicePrincipal;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.Queries;
import co.kustom.ipp.platform.web.WebConfiguration;
import co.kustom.ipp.session.api.ActivateSession;
import co.kustom.ipp.session.api.CompleteSession;
import co.kustom.ipp.session.api.FailPaymentAttempt;
import co.kustom.ipp.session.api.FindDeviceSession;
import co.kustom.ipp.session.api.SessionDto;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The POS app's own endpoints, authenticated with its device token ({@code Authorization: Bearer}). */
@RestController
@SecurityRequirement(name = WebConfiguration.DEVICE_TOKEN)
@RequestMapping("/ipp/v1/device")
@Tag(name = "POS app", description = "Endpoints the POS app calls with its device token (Authorization: Bearer).")
class PosAppController {

    private static final int MAX_WAIT_SECONDS = 30;

    private final Commands commands;
    private final Queries queries;
    private final DeviceChannels channels;
    private final DeviceEventStreams streams;
    private final DevicePresence presence;
    private final DispatchLatency dispatchLatency;

    PosAppController(Commands commands, Queries queries, DeviceChannels channels,
                     DeviceEventStreams streams, DevicePresence presence, DispatchLatency dispatchLatency) {
        this.dispatchLatency = dispatchLatency;
        this.commands = commands;
        this.queries = queries;
        this.channels = channels;
        this.streams = streams;
        this.presence = presence;
    }

    @GetMapping("/me")
    @Operation(summary = "The calling device")
    DeviceDto me(@Parameter(hidden = true) @AuthenticationPrincipal DevicePrincipal device) {
        return queries.require(new FindDevice(device.merchantId(), device.deviceId()), DeviceDto.class,
                "Device " + device.deviceId());
    }

    /**
     * Subscribes before it looks for an open session, so a session dispatched in between wakes it; the wake-up
     * comes from PostgreSQL the moment the dispatch commits, on whichever instance created the session.
     */
    @GetMapping("/sessions/next")
    @Operation(summary = "Wait for the next session", description = "Long poll: the session dispatched to this device "
            + "that is not finished yet (200), as soon as there is one, or 204 when none came within wait_seconds "
            + "(0 to 30, default 0: answer at once).")
    DeferredResult<ResponseEntity<SessionDto>> next(
            @Parameter(hidden = true) @AuthenticationPrincipal DevicePrincipal device,
            @RequestParam(name = "wait_seconds", defaultValue = "0") int waitSeconds) throws Exception {
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw IppException.invalid("wait_seconds", "must be between 0 and " + MAX_WAIT_SECONDS);
        }
        presence.seen(device.deviceId());
        DeferredResult<ResponseEntity<SessionDto>> answer = new DeferredResult<>(
                Duration.ofSeconds(Math.max(waitSeconds, 1)).toMillis(), ResponseEntity.noContent().build());
        AutoCloseable subscription = channels.subscribe(device.deviceId(), new DeviceChannels.Listener() {
            @Override
            public void signal(DeviceSignal signal) {
                if (signal.type() == DeviceSignal.Type.DISPATCHED) {
                    streams.openSession(device.deviceId()).ifPresent(session -> {
                        dispatchLatency.delivered(session);
                        answer.setResult(ResponseEntity.ok(session));
                    });
                }
            }

            @Override
            public void close() {
                answer.setResult(ResponseEntity.noContent().build());
            }
        });
        answer.onCompletion(() -> {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // unsubscribing cannot fail
            }
        });
        streams.openSession(device.deviceId()).ifPresentOrElse(
                session -> answer.setResult(ResponseEntity.ok(session)),
                () -> {
                    if (waitSeconds == 0) {
                        answer.setResult(ResponseEntity.noContent().build());
                    }
                });
        return answer;
    }

    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Stream of this device's sessions", description = "Server-sent events: session.dispatched "
            + "(data: the session; also sent for the open session when the stream opens), session.cancelled and "
            + "session.expired (data: session_id and status). A keep-alive comment every 15 seconds; the stream "
            + "ends after 30 minutes and the app reconnects.")
    SseEmitter events(@Parameter(hidden = true) @AuthenticationPrincipal DevicePrincipal device) {
        presence.seen(device.deviceId());
        return streams.open(device);
    }

    @PostMapping("/sessions/{session_id}/activate")
    @Operation(summary = "Activate a session", description = "The clerk picked a payment method: the session becomes "
            + "ACTIVE and its order is created (order_id). Swish takes only SEK; Vipps only NOK, DKK and EUR.")
    SessionDto activate(@Parameter(hidden = true) @AuthenticationPrincipal DevicePrincipal device,
                        @PathVariable("session_id") UUID sessionId, @Valid @RequestBody PaymentMethodRequest request) {
        return act(device, sessionId, new ActivateSession(sessionId, device.deviceId(), request.paymentMethod()));
    }

    @PostMapping("/sessions/{session_id}/complete")
    @Operation(summary = "Complete a session", description = "The payment was collected: FINALIZED, with "
            + "purchase_completed_at.")
    SessionDto complete(@Parameter(hidden = true) @AuthenticationPrincipal DevicePrincipal device,
                        @PathVariable("session_id") UUID sessionId,
                        @Valid @RequestBody(required = false) CompletionRequest request) {
        return act(device, sessionId, new CompleteSession(sessionId, device.deviceId(),
                request == null ? null : request.paymentReference()));
    }

    @PostMapping("/sessions/{session_id}/fail")
    @Operation(summary = "Report a failed payment attempt", description = "The session stays ACTIVE for another "
            + "attempt; the third failed attempt makes it FAILED.")
    SessionDto fail(@Parameter(hidden = true) @AuthenticationPrincipal DevicePrincipal device,
                    @PathVariable("session_id") UUID sessionId, @Valid @RequestBody FailureRequest request) {
        return act(device, sessionId, new FailPaymentAttempt(sessionId, device.deviceId(), request.failureReason().trim()));
    }

    private SessionDto act(DevicePrincipal device, UUID sessionId, Object command) {
        presence.seen(device.deviceId());
        find(device, sessionId);
        commands.sendAndWait(command);
        return find(device, sessionId);
    }

    private SessionDto find(DevicePrincipal device, UUID sessionId) {
        return queries.require(new FindDeviceSession(device.deviceId(), sessionId), SessionDto.class,
                "Session " + sessionId);
    }
}
