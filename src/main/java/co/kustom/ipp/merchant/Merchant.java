package co.kustom.ipp.merchant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import co.kustom.ipp.callback.CallbackSecrets;
import co.kustom.ipp.merchant.api.ApiKeyIssued;
import co.kustom.ipp.merchant.api.ApiKeyRevoked;
import co.kustom.ipp.merchant.api.CallbackEndpointConfiguration;
import co.kustom.ipp.merchant.api.CallbackEndpointConfigured;
import co.kustom.ipp.merchant.api.CallbackSecretRotated;
import co.kustom.ipp.merchant.api.ConfigureCallbackEndpoint;
import co.kustom.ipp.merchant.api.CreateMerchant;
import co.kustom.ipp.merchant.api.IssueApiKey;
import co.kustom.ipp.merchant.api.MerchantCreated;
import co.kustom.ipp.merchant.api.RevokeApiKey;
import co.kustom.ipp.merchant.api.RotateCallbackSecret;
import co.kustom.ipp.platform.web.IppException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A merchant account: its API keys (at least one stays active) and its callback endpoint. */
@Aggregate
public class Merchant {

    @AggregateIdentifier
    private UUID merchantId;
    private final Set<UUID> activeKeys = new LinkedHashSet<>();
    private final Set<UUID> revokedKeys = new LinkedHashSet<>();
    private String callbackUrl;

    protected Merchant() {
    }

    @CommandHandler
    public Merchant(CreateMerchant command, Clock clock) {
        if (command.name() == null || command.name().isBlank()) {
            throw IppException.invalid("name", "is required");
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
            throw IppException.notFound("API key " + command.apiKeyId());
        }
        if (activeKeys.size() == 1) {
            throw IppException.conflict("LAST_API_KEY",
                    "The merchant's last active API key cannot be revoked; create another one first");
        }
        apply(new ApiKeyRevoked(merchantId, command.apiKeyId(), clock.instant()));
    }

    /** The first configuration creates the signing secret; changing the URL later keeps it. */
    @CommandHandler
    CallbackEndpointConfiguration handle(ConfigureCallbackEndpoint command, CallbackSecrets secrets, Clock clock) {
        String newSecret = callbackUrl == null ? secrets.replace(merchantId) : null;
        apply(new CallbackEndpointConfigured(merchantId, command.url(), clock.instant()));
        return new CallbackEndpointConfiguration(command.url(), newSecret);
    }

    @CommandHandler
    String handle(RotateCallbackSecret command, CallbackSecrets secrets, Clock clock) {
        if (callbackUrl == null) {
            throw IppException.conflict("CALLBACK_ENDPOINT_NOT_CONFIGURED",
                    "Configure the callback endpoint first (PUT /portal/v1/callback-endpoint)");
        }
        String secret = secrets.replace(merchantId);
        apply(new CallbackSecretRotated(merchantId, clock.instant()));
        return secret;
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
    void on(CallbackEndpointConfigured event) {
        callbackUrl = event.url();
    }
}
