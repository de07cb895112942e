package co.kustom.ipp.merchant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.UUID;

import co.kustom.ipp.merchant.api.ApiKeyIssued;
import co.kustom.ipp.merchant.api.CreateMerchant;
import co.kustom.ipp.merchant.api.MerchantCreated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A merchant account and the API keys it authenticates with. */
@Aggregate
public class Merchant {

    @AggregateIdentifier
    private UUID merchantId;

    protected Merchant() {
    }

    @CommandHandler
    public Merchant(CreateMerchant command, Clock clock) {
        var now = clock.instant();
        apply(new MerchantCreated(command.merchantId(), command.name(), now));
        apply(new ApiKeyIssued(command.merchantId(), command.apiKeyId(), command.apiKeyHash(), command.apiKeyHint(), now));
    }

    @EventSourcingHandler
    void on(MerchantCreated event) {
        merchantId = event.merchantId();
    }
}
