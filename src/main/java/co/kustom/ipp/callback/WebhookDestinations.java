package co.kustom.ipp.callback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.callback.api.CallbackTypes;
import co.kustom.ipp.callback.api.FindWebhookDestination;
import co.kustom.ipp.callback.api.ListWebhookDestinations;
import co.kustom.ipp.callback.api.WebhookDestinationDto;
import co.kustom.ipp.merchant.api.CallbackEndpointConfigured;
import co.kustom.ipp.merchant.api.CallbackSecretRotated;
import co.kustom.ipp.merchant.api.WebhookDestinationAdded;
import co.kustom.ipp.merchant.api.WebhookDestinationChanged;
import co.kustom.ipp.merchant.api.WebhookDestinationRemoved;
import co.kustom.ipp.merchant.api.WebhookSecretRotated;
import co.kustom.ipp.platform.web.PageResult;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The merchants' webhook destinations, kept by the outbox's own processor so that routing follows the event order
 * exactly: a destination gets the callbacks of the events after the one that added it, and none after the one
 * that removed it. Removing a destination parks its pending deliveries.
 */
@Component
@ProcessingGroup("callback-outbox")
@DisallowReplay
class WebhookDestinations {

    private final WebhookDestinationRepository destinations;
    private final JdbcTemplate jdbc;

    WebhookDestinations(WebhookDestinationRepository destinations, JdbcTemplate jdbc) {
        this.destinations = destinations;
        this.jdbc = jdbc;
    }

    /** The destinations that get a callback of this type now. */
    List<WebhookDestination> wanting(UUID merchantId, String type) {
        return destinations.inUse(merchantId).stream()
                .filter(destination -> CallbackTypes.wants(destination.events(), type))
                .toList();
    }

    @EventHandler
    void on(WebhookDestinationAdded event) {
        destinations.add(WebhookDestination.added(event.destinationId(), event.merchantId(), event.name(),
                event.url(), event.events(), event.addedAt()));
    }

    @EventHandler
    void on(WebhookDestinationChanged event) {
        destinations.change(event.destinationId(), event.name(), event.url(), event.events(), event.changedAt());
    }

    @EventHandler
    void on(WebhookSecretRotated event) {
        destinations.secretRotated(event.destinationId(), event.rotatedAt());
    }

    @EventHandler
    void on(WebhookDestinationRemoved event) {
        destinations.remove(event.destinationId(), event.removedAt());
        jdbc.update("""
                update callback_delivery set status = 'FAILED', last_error = 'The webhook destination was removed',
                    claimed_by = null, claimed_until = null
                where destination_id = ? and status = 'PENDING'""", event.destinationId());
    }

    /**
     * Recorded before destinations existed. Migration V13 turned the endpoints of its time into default destinations;
     * this handles one that was still ahead of the processor when the service was upgraded.
     */
    @EventHandler
    void on(CallbackEndpointConfigured event) {
        destinations.insertOrChangeUrl(WebhookDestination.added(event.merchantId(), event.merchantId(),
                WebhookDestinationDto.DEFAULT_NAME, event.url(), CallbackTypes.EVERY_EVENT, event.configuredAt()));
    }

    @EventHandler
    void on(CallbackSecretRotated event) {
        destinations.defaultSecretRotated(event.merchantId(), event.rotatedAt());
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListWebhookDestinations query) {
        return destinations.pageInUse(query.merchantId(), query.page());
    }

    @QueryHandler
    Optional<WebhookDestinationDto> handle(FindWebhookDestination query) {
        return destinations.findInUse(query.merchantId(), query.destinationId()).map(WebhookDestination::toDto);
    }
}
