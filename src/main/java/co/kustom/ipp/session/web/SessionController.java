package co.kustom.ipp.session.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import co.kustom.ipp.location.api.MerchantLocations;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.idempotency.IdempotentRequests;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.PageParameters;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.web.Queries;
import co.kustom.ipp.session.api.CancelSession;
import co.kustom.ipp.session.api.CreateSession;
import co.kustom.ipp.session.api.FindSession;
import co.kustom.ipp.session.api.ListSessions;
import co.kustom.ipp.session.api.PaymentMethod;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ipp/v1/sessions")
@Tag(name = "Sessions", description = "Session lifecycle management.")
class SessionController {

    private final Commands commands;
    private final Queries queries;
    private final MerchantLocations locations;
    private final IdempotentRequests idempotentRequests;

    SessionController(Commands commands, Queries queries, MerchantLocations locations,
                      IdempotentRequests idempotentRequests) {
        this.commands = commands;
        this.queries = queries;
        this.locations = locations;
        this.idempotentRequests = idempotentRequests;
    }

    /** What makes two create requests "the same" for an Idempotency-Key. */
    record CreateFingerprint(UUID locationId, CreateSessionRequest body) {
    }

    @PostMapping
    @Operation(summary = "Create session", description = "Creates a session to be collected by an In-Person Payment "
            + "device and dispatches it to the target device. A retry with the same Idempotency-Key and body returns "
            + "the first response and creates nothing.")
    SessionDto create(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                      @Parameter(description = "Location ID - Mandatory if merchant has multiple locations. "
                              + "When left out, the session takes the location where its device stands; when given, it "
                              + "must be that location.")
                      @RequestParam(name = "location_id", required = false) UUID locationId,
                      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
                      @Valid @RequestBody CreateSessionRequest request) {
        UUID merchantId = merchant.merchantId();
        return idempotentRequests.execute(merchantId, idempotencyKey, new CreateFingerprint(locationId, request),
                SessionDto.class, sessionId -> {
                    UUID location = locationId == null ? null : locations.resolve(merchantId, locationId, "location_id");
                    commands.sendAndWait(new CreateSession(sessionId, merchantId, request.deviceId(), location,
                            request.toOrder()));
                    return find(merchantId, sessionId);
                }, sessionId -> queries.find(new FindSession(merchantId, sessionId), SessionDto.class));
    }

    @GetMapping
    @PageParameters
    @Operation(summary = "Search sessions", description = "What reconciliation jobs read: the merchant's sessions, "
            + "newest first, matching every filter given. status may be repeated; created_from is inclusive, "
            + "created_to exclusive (ISO-8601).")
    PageResult<SessionDto> search(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                                  @RequestParam(name = "status", required = false) Set<SessionStatus> status,
                                  @RequestParam(name = "device_id", required = false) UUID deviceId,
                                  @RequestParam(name = "location_id", required = false) UUID locationId,
                                  @RequestParam(name = "merchant_reference1", required = false) String merchantReference1,
                                  @RequestParam(name = "payment_method", required = false) PaymentMethod paymentMethod,
                                  @RequestParam(name = "created_from", required = false) Instant createdFrom,
                                  @RequestParam(name = "created_to", required = false) Instant createdTo,
                                  @Parameter(hidden = true) PageQuery page) {
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            throw IppException.invalid("created_to", "must be after created_from");
        }
        return queries.page(new ListSessions(merchant.merchantId(), status, deviceId, locationId, merchantReference1,
                paymentMethod, createdFrom, createdTo, page));
    }

    @GetMapping("/{session_id}")
    @Operation(summary = "Get session", description = "Retrieves session details by ID.")
    SessionDto get(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                   @PathVariable("session_id") UUID sessionId) {
        return find(merchant.merchantId(), sessionId);
    }

    @PutMapping("/{session_id}/cancel")
    @Operation(summary = "Cancel session", description = "Cancels a session. Triggers a session.cancelled callback. "
            + "This is a terminal state — no further payment collection is possible.")
    SessionDto cancel(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                      @PathVariable("session_id") UUID sessionId) {
        find(merchant.merchantId(), sessionId);
        commands.sendAndWait(new CancelSession(sessionId, merchant.merchantId()));
        return find(merchant.merchantId(), sessionId);
    }

    private SessionDto find(UUID merchantId, UUID sessionId) {
        return queries.require(new FindSession(merchantId, sessionId), SessionDto.class, "Session " + sessionId);
    }
}
