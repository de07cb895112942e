package co.kustom.ipp.callback.web;

import java.util.UUID;

import co.kustom.ipp.callback.CallbackDeliveries;
import co.kustom.ipp.callback.api.CallbackDeliveryDto;
import co.kustom.ipp.callback.api.DeliveryStatus;
import co.kustom.ipp.callback.api.ListCallbackDeliveries;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.PageParameters;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/portal/v1/callback-deliveries")
@Tag(name = "Portal")
class CallbackDeliveryController {

    private final Queries queries;
    private final CallbackDeliveries deliveries;

    CallbackDeliveryController(Queries queries, CallbackDeliveries deliveries) {
        this.queries = queries;
        this.deliveries = deliveries;
    }

    @GetMapping
    @PageParameters
    @Operation(summary = "List callback deliveries", description = "One row per callback and destination, newest "
            + "first, with attempts, the last status code or error, and the next attempt's time while PENDING.")
    PageResult<CallbackDeliveryDto> list(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                                         @RequestParam(name = "status", required = false) DeliveryStatus status,
                                         @RequestParam(name = "session_id", required = false) UUID sessionId,
                                         @RequestParam(name = "destination_id", required = false) UUID destinationId,
                                         @Parameter(hidden = true) PageQuery page) {
        return queries.page(new ListCallbackDeliveries(merchant.merchantId(), status, sessionId, destinationId,
                page));
    }

    @PostMapping("/{delivery_id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Resend a callback", description = "Queues a DELIVERED or FAILED delivery again, with the "
            + "same webhook-id and body and a new retry window. A PENDING one is a 409 DELIVERY_PENDING; one to a "
            + "deleted destination a 409 DESTINATION_REMOVED.")
    void resend(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                @PathVariable("delivery_id") String deliveryId) {
        deliveries.resend(merchant.merchantId(), deliveryId);
    }
}
