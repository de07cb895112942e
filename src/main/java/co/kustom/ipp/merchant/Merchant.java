package co.kustom.ipp.merchant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import co.kustom.ipp.callback.api.CallbackSecrets;
import co.kustom.ipp.callback.api.CallbackTypes;
import co.kustom.ipp.callback.api.WebhookDestinationDto;
import co.kustom.ipp.merchant.api.ApiKeyIssued;
import co.kustom.ipp.merchant.api.AddWebhookDestination;
import co.kustom.ipp.merchant.api.ApiKeyRevoked;
import co.kustom.ipp.merchant.api.CallbackEndpointConfiguration;
import co.kustom.ipp.merchant.api.CallbackEndpointConfigured;
import co.kustom.ipp.merchant.api.ChangeWebhookDestination;
import co.kustom.ipp.merchant.api.ConfigureCallbackEndpoint;
import co.kustom.ipp.merchant.api.CreateMerchant;
import co.kustom.ipp.merchant.api.IssueApiKey;
import co.kustom.ipp.merchant.api.MerchantCreated;
import co.kustom.ipp.merchant.api.RemoveWebhookDestination;
import co.kustom.ipp.merchant.api.RevokeApiKey;
import co.kustom.ipp.merchant.api.RotateWebhookSecret;
import co.kustom.ipp.merchant.api.WebhookDestinationAdded;
import co.kustom.ipp.merchant.api.WebhookDestinationChanged;
import co.kustom.ipp.merchant.api.WebhookDestinationRemoved;
import co.kustom.ipp.merchant.api.WebhookSecretRotated;
import co.kustom.ipp.platform.domain.DomainRefusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A merchant account: its API keys (at least one stays active) and its webhook destinations. The default
 * destination, set by {@code PUT /portal/v1/callback-endpoint}, has the merchant's id as its id.
 */
@Aggregate
public class Merchant {

    public static final int MAX_DESTINATIONS = 10;

    @AggregateIdentifier
    private UUID merchantId;
    private final Set<UUID> activeKeys = new LinkedHashSet<>();
    private final Set<UUID> revokedKeys = new LinkedHashSet<>();
    private final Map<UUID, WebhookDestination> destinations = new HashMap<>();

    protected Merchant() {
    }

    @CommandHandler
    public Merchant(CreateMerchant command, Clock clock) {
        if (command.name() == null || command.name().isBlank()) {
            throw DomainRefusal.invalid("name", "is required");
        }
        Instant now = clock.instant();
        apply(new MerchantCreated(command.merchantId(), command.name().trim(), now));
        apply(new ApiKeyIssued(command.merchantId(), command.apiKeyId(), command.apiKeyHash(), command.apiKeyHint(),
                "first key", now));
    }

    @CommandHandler
    void handle(IssueApiKey command, Clock clock) {
        apply(new ApiKeyIssued(merchantId, command.apiKeyId(), command.keyHash(), command.hint(), command.label(),
                clock.instant()));
    }

    /** A revoked key stops working at once; revoking twice changes nothing; the last active key stays. */
    @CommandHandler
    void handle(RevokeApiKey command, Clock clock) {
        if (revokedKeys.contains(command.apiKeyId())) {
            return;
        }
        if (!activeKeys.contains(command.apiKeyId())) {
            throw DomainRefusal.notFound("API key " + command.apiKeyId());
        }
        if (activeKeys.size() == 1) {
            throw DomainRefusal.conflict("LAST_API_KEY",
                    "The merchant's last active API key cannot be revoked; create another one first");
        }
        apply(new ApiKeyRevoked(merchantId, command.apiKeyId(), clock.instant()));
    }

    /** The default destination's URL: the first time it is created with all events and a signing secret. */
    @CommandHandler
    CallbackEndpointConfiguration handle(ConfigureCallbackEndpoint command, CallbackSecrets secrets, Clock clock) {
        WebhookDestination current = destinations.get(merchantId);
        if (current == null) {
            String secret = add(merchantId, WebhookDestinationDto.DEFAULT_NAME, command.url(),
                    CallbackTypes.EVERY_EVENT, secrets, clock);
            return new CallbackEndpointConfiguration(command.url(), secret);
        }
        apply(new WebhookDestinationChanged(merchantId, merchantId, current.name(), command.url(), current.events(),
                clock.instant()));
        return new CallbackEndpointConfiguration(command.url(), null);
    }

    @CommandHandler
    String handle(AddWebhookDestination command, CallbackSecrets secrets, Clock clock) {
        return add(command.destinationId(), command.name(), command.url(), command.events(), secrets, clock);
    }

    @CommandHandler
    void handle(ChangeWebhookDestination command, Clock clock) {
        WebhookDestination current = destination(command.destinationId());
        WebhookDestination changed = new WebhookDestination(command.name(), command.url(), command.events());
        if (!changed.equals(current)) {
            apply(new WebhookDestinationChanged(merchantId, command.destinationId(), command.name(), command.url(),
                    command.events(), clock.instant()));
        }
    }

    /** Its pending deliveries are parked; removing it again is a 404, like any destination that is not there. */
    @CommandHandler
    void handle(RemoveWebhookDestination command, Clock clock) {
        destination(command.destinationId());
        apply(new WebhookDestinationRemoved(merchantId, command.destinationId(), clock.instant()));
    }

    /** The old secret keeps signing beside the new one for {@link CallbackSecrets#OVERLAP}. */
    @CommandHandler
    String handle(RotateWebhookSecret command, CallbackSecrets secrets, Clock clock) {
        destination(command.destinationId());
        String secret = secrets.replace(merchantId, command.destinationId());
        apply(new WebhookSecretRotated(merchantId, command.destinationId(), clock.instant()));
        return secret;
    }

    private String add(UUID destinationId, String name, String url, List<String> events, CallbackSecrets secrets,
                       Clock clock) {
        if (destinations.size() >= MAX_DESTINATIONS) {
            throw DomainRefusal.conflict("DESTINATION_LIMIT", "A merchant has at most " + MAX_DESTINATIONS
                    + " webhook destinations; remove one first");
        }
        String secret = secrets.replace(merchantId, destinationId);
        apply(new WebhookDestinationAdded(merchantId, destinationId, name, url, events, clock.instant()));
        return secret;
    }

    private WebhookDestination destination(UUID destinationId) {
        WebhookDestination destination = destinations.get(destinationId);
        if (destination == null) {
            throw destinationId.equals(merchantId)
                    ? DomainRefusal.conflict("CALLBACK_ENDPOINT_NOT_CONFIGURED",
                    "Configure the callback endpoint first (PUT /portal/v1/callback-endpoint)")
                    : DomainRefusal.notFound("Webhook destination " + destinationId);
        }
        return destination;
    }

    @EventSourcingHandler
    void on(MerchantCreated event) {
        merchantId = event.merchantId();
    }

    @EventSourcingHandler
    void on(ApiKeyIssued event) {
        activeKeys.add(event.apiKeyId());
    }

    @EventSourcingHandler
    void on(ApiKeyRevoked event) {
        activeKeys.remove(event.apiKeyId());
        revokedKeys.add(event.apiKeyId());
    }

    @EventSourcingHandler
    void on(WebhookDestinationAdded event) {
        destinations.put(event.destinationId(), new WebhookDestination(event.name(), event.url(), event.events()));
    }

    @EventSourcingHandler
    void on(WebhookDestinationChanged event) {
        destinations.put(event.destinationId(), new WebhookDestination(event.name(), event.url(), event.events()));
    }

    @EventSourcingHandler
    void on(WebhookDestinationRemoved event) {
        destinations.remove(event.destinationId());
    }

    /** From before destinations: the default destination's URL. */
    @EventSourcingHandler
    void on(CallbackEndpointConfigured event) {
        WebhookDestination current = destinations.get(merchantId);
        destinations.put(merchantId, current == null
                ? new WebhookDestination(WebhookDestinationDto.DEFAULT_NAME, event.url(), CallbackTypes.EVERY_EVENT)
                : new WebhookDestination(current.name(), event.url(), current.events()));
    }

    private record WebhookDestination(String name, String url, List<String> events) {
    }
}
