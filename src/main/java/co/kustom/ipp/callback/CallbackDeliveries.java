package co.kustom.ipp.callback;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.callback.api.ListCallbackDeliveries;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.PageResult;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The delivery log: what the portal lists, and a resend of a finished delivery. The log is operational state of
 * the outbox, not a domain fact, so a resend changes it directly instead of through an event.
 */
@Component
public class CallbackDeliveries {

    private final CallbackDeliveryRepository deliveries;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CallbackDeliveries(CallbackDeliveryRepository deliveries, JdbcTemplate jdbc, Clock clock) {
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListCallbackDeliveries query) {
        return deliveries.list(query);
    }

    /**
     * Sends a delivered or parked delivery again, with a new retry window; a pending one is already on its way, and
     * one to a removed destination has nowhere to go.
     */
    public void resend(UUID merchantId, String deliveryId) {
        var now = Timestamp.from(clock.instant());
        int resent = jdbc.update("""
                update callback_delivery d set status = 'PENDING', next_attempt_at = ?, window_started_at = ?,
                    claimed_by = null, claimed_until = null
                from webhook_destination w
                where d.delivery_id = ? and d.merchant_id = ? and d.status <> 'PENDING'
                  and w.destination_id = d.destination_id and w.removed_at is null""",
                now, now, deliveryId, merchantId);
        if (resent == 0) {
            List<Boolean> pending = jdbc.queryForList("""
                            select d.status = 'PENDING' from callback_delivery d
                            where d.delivery_id = ? and d.merchant_id = ?""",
                    Boolean.class, deliveryId, merchantId);
            if (pending.isEmpty()) {
                throw IppException.notFound("Callback delivery " + deliveryId);
            }
            throw pending.get(0)
                    ? IppException.conflict("DELIVERY_PENDING", "Callback delivery " + deliveryId
                    + " is still being delivered")
                    : IppException.conflict("DESTINATION_REMOVED", "The webhook destination of callback delivery "
                    + deliveryId + " was removed");
        }
    }
}
