package co.kustom.ipp.callback.web;

import java.util.UUID;

import co.kustom.ipp.callback.CallbackUrlGuard;
import co.kustom.ipp.callback.api.CallbackEndpointDto;
import co.kustom.ipp.callback.api.CallbackTypes;
import co.kustom.ipp.callback.api.FindWebhookDestination;
import co.kustom.ipp.callback.api.ListWebhookDestinations;
import co.kustom.ipp.callback.api.WebhookDestinationDto;
import co.kustom.ipp.merchant.api.AddWebhookDestination;
import co.kustom.ipp.merchant.api.CallbackEndpointConfiguration;
import co.kustom.ipp.merchant.api.ChangeWebhookDestination;
import co.kustom.ipp.merchant.api.ConfigureCallbackEndpoint;
import co.kustom.ipp.merchant.api.RemoveWebhookDestination;
import co.kustom.ipp.merchant.api.RotateWebhookSecret;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.security.MerchantPrincipal;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where callbacks go: named webhook destinations, each with the callback types it wants and its own signing secret,
 * and the callback endpoint of before, which is the default destination (all events, id = the merchant's id).
 */
@RestController
@RequestMapping("/portal/v1")
@Tag(name = "Portal")
class WebhookDestinationController {

    private static final String URL_RULES = " In production the URL must be https, and no URL may point to a "
            + "loopback, private or link-local address.";

    private final Commands commands;
    private final Queries queries;
    private final CallbackUrlGuard urlGuard;

    WebhookDestinationController(Commands commands, Queries queries, CallbackUrlGuard urlGuard) {
        this.commands = commands;
        this.queries = queries;
        this.urlGuard = urlGuard;
    }

    @PostMapping("/webhook-destinations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a webhook destination", description = "A named URL and the callback types it gets "
            + "(`events`: some types, or `[\"*\"]` for all, the default). The answer carries its signing secret "
            + "(whsec_…), shown once. It gets the callbacks of events after its creation. At most 10 per merchant "
            + "(409 DESTINATION_LIMIT)." + URL_RULES)
    WebhookDestinationDto create(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                                 @Valid @RequestBody WebhookDestinationRequest request) {
        UUID destinationId = UUID.randomUUID();
        String secret = commands.sendAndWait(new AddWebhookDestination(merchant.merchantId(), destinationId,
                request.name().trim(), urlGuard.requestedUrl(request.url()),
                CallbackTypes.destinationEvents(request.events())));
        return find(merchant.merchantId(), destinationId).withSecret(secret);
    }

    @GetMapping("/webhook-destinations")
    @PageParameters
    @Operation(summary = "List webhook destinations", description = "Oldest first, the default destination "
            + "included, without their secrets.")
    PageResult<WebhookDestinationDto> list(
            @Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
            @Parameter(hidden = true) PageQuery page) {
        return queries.page(new ListWebhookDestinations(merchant.merchantId(), page));
    }

    @GetMapping("/webhook-destinations/{destination_id}")
    @Operation(summary = "Get a webhook destination")
    WebhookDestinationDto get(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                              @PathVariable("destination_id") UUID destinationId) {
        return find(merchant.merchantId(), destinationId);
    }

    @PutMapping("/webhook-destinations/{destination_id}")
    @Operation(summary = "Update a webhook destination", description = "Replaces its name, URL and events; the "
            + "secret stays. Callbacks already recorded keep going to it." + URL_RULES)
    WebhookDestinationDto update(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                                 @PathVariable("destination_id") UUID destinationId,
                                 @Valid @RequestBody WebhookDestinationRequest request) {
        commands.sendAndWait(new ChangeWebhookDestination(merchant.merchantId(), destinationId,
                request.name().trim(), urlGuard.requestedUrl(request.url()),
                CallbackTypes.destinationEvents(request.events())));
        return find(merchant.merchantId(), destinationId);
    }

    @DeleteMapping("/webhook-destinations/{destination_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a webhook destination", description = "It gets no further callbacks; its pending "
            + "deliveries are parked as FAILED and stay in the delivery log.")
    void delete(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                @PathVariable("destination_id") UUID destinationId) {
        commands.sendAndWait(new RemoveWebhookDestination(merchant.merchantId(), destinationId));
    }

    @PostMapping("/webhook-destinations/{destination_id}/rotate-secret")
    @Operation(summary = "Rotate a webhook destination's secret", description = "Returns the new secret, shown once. "
            + "For 10 minutes its callbacks carry signatures with both the old and the new secret.")
    WebhookDestinationDto rotateDestinationSecret(
            @Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
            @PathVariable("destination_id") UUID destinationId) {
        String secret = commands.sendAndWait(new RotateWebhookSecret(merchant.merchantId(), destinationId));
        return find(merchant.merchantId(), destinationId).withSecret(secret);
    }

    @GetMapping("/callback-endpoint")
    @Operation(summary = "Get the callback endpoint", description = "The default webhook destination: its URL and "
            + "when it and its secret last changed.")
    CallbackEndpointDto callbackEndpoint(
            @Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant) {
        return CallbackEndpointDto.of(findCallbackEndpoint(merchant.merchantId()), null);
    }

    @PutMapping("/callback-endpoint")
    @Operation(summary = "Set the callback endpoint", description = "Sets the URL of the default webhook destination "
            + "(all events; its id is the merchant's id). The first time, the answer carries the signing secret "
            + "(whsec_…), shown once; later calls change the URL and keep the secret." + URL_RULES)
    CallbackEndpointDto configureCallbackEndpoint(
            @Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
            @Valid @RequestBody CallbackEndpointRequest request) {
        CallbackEndpointConfiguration configured = commands.sendAndWait(
                new ConfigureCallbackEndpoint(merchant.merchantId(), urlGuard.requestedUrl(request.url())));
        return CallbackEndpointDto.of(findCallbackEndpoint(merchant.merchantId()), configured.newSecret());
    }

    @PostMapping("/callback-endpoint/rotate-secret")
    @Operation(summary = "Rotate the signing secret", description = "The default destination's. Returns the new "
            + "secret, shown once. For 10 minutes callbacks carry signatures with both the old and the new secret.")
    CallbackEndpointDto rotateSecret(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant) {
        String secret = commands.sendAndWait(new RotateWebhookSecret(merchant.merchantId(), merchant.merchantId()));
        return CallbackEndpointDto.of(findCallbackEndpoint(merchant.merchantId()), secret);
    }

    private WebhookDestinationDto find(UUID merchantId, UUID destinationId) {
        return queries.require(new FindWebhookDestination(merchantId, destinationId), WebhookDestinationDto.class,
                "Webhook destination " + destinationId);
    }

    private WebhookDestinationDto findCallbackEndpoint(UUID merchantId) {
        return queries.require(new FindWebhookDestination(merchantId, merchantId), WebhookDestinationDto.class,
                "Callback endpoint");
    }
}
