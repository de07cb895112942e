package co.kustom.ipp.callback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.callback.api.WebhookDestinationDto;
import co.kustom.ipp.platform.db.Columns;
import co.kustom.ipp.platform.db.SqlPage;
import co.kustom.ipp.platform.db.ViewRows;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code webhook_destination} rows; {@code events} is stored comma-separated. Changing a destination that is not
 * there fails: the event processor then retries its batch.
 */
@Component
class WebhookDestinationRepository {

    private final JdbcClient jdbc;

    WebhookDestinationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the destination. A destination added again under the id of one that was removed (the default destination,
     * whose id is the merchant's, removed and then configured again) takes that row over as new.
     */
    void add(WebhookDestination destination) {
        jdbc.sql("""
                        insert into webhook_destination (destination_id, merchant_id, name, url, events, created_at,
                            updated_at, secret_rotated_at)
                        values (:id, :merchant, :name, :url, :events, :created, :updated, :rotated)
                        on conflict (destination_id) do update
                            set name = excluded.name, url = excluded.url, events = excluded.events,
                                created_at = excluded.created_at, updated_at = excluded.updated_at,
                                secret_rotated_at = excluded.secret_rotated_at, removed_at = null""")
                .param("id", destination.destinationId())
                .param("merchant", destination.merchantId())
                .param("name", destination.name())
                .param("url", destination.url())
                .param("events", String.join(",", destination.events()))
                .param("created", Columns.at(destination.createdAt()))
                .param("updated", Columns.at(destination.updatedAt()))
                .param("rotated", Columns.at(destination.secretRotatedAt()))
                .update();
    }

    /** Adds the destination, or sets the URL (and time of change) of the one with its id. */
    void insertOrChangeUrl(WebhookDestination destination) {
        jdbc.sql("""
                        insert into webhook_destination (destination_id, merchant_id, name, url, events, created_at,
                            updated_at)
                        values (:id, :merchant, :name, :url, :events, :at, :at)
                        on conflict (destination_id)
                            do update set url = excluded.url, updated_at = excluded.updated_at""")
                .param("id", destination.destinationId())
                .param("merchant", destination.merchantId())
                .param("name", destination.name())
                .param("url", destination.url())
                .param("events", String.join(",", destination.events()))
                .param("at", Columns.at(destination.updatedAt()))
                .update();
    }

    void change(UUID destinationId, String name, String url, List<String> events, Instant at) {
        ViewRows.requireOne("webhook destination view", destinationId, jdbc.sql("""
                        update webhook_destination set name = :name, url = :url, events = :events, updated_at = :at
                        where destination_id = :id""")
                .param("name", name)
                .param("url", url)
                .param("events", String.join(",", events))
                .param("at", Columns.at(at))
                .param("id", destinationId)
                .update());
    }

    void secretRotated(UUID destinationId, Instant at) {
        ViewRows.requireOne("webhook destination view", destinationId, rotate(destinationId, at));
    }

    /** The default destination's, if the merchant has one. */
    void defaultSecretRotated(UUID merchantId, Instant at) {
        rotate(merchantId, at);
    }

    void remove(UUID destinationId, Instant at) {
        ViewRows.requireOne("webhook destination view", destinationId, jdbc.sql(
                        "update webhook_destination set removed_at = :at where destination_id = :id")
                .param("at", Columns.at(at))
                .param("id", destinationId)
                .update());
    }

    List<WebhookDestination> inUse(UUID merchantId) {
        return jdbc.sql("select * from webhook_destination where merchant_id = :merchant and removed_at is null")
                .param("merchant", merchantId)
                .query(WebhookDestinationRepository::read)
                .list();
    }

    /** Oldest first. */
    PageResult<WebhookDestinationDto> pageInUse(UUID merchantId, PageQuery page) {
        return SqlPage.from("webhook_destination")
                .where("merchant_id = :merchant and removed_at is null", "merchant", merchantId)
                .orderBy("created_at, destination_id")
                .fetch(jdbc, page, (row, i) -> read(row, i).toDto());
    }

    Optional<WebhookDestination> findInUse(UUID merchantId, UUID destinationId) {
        return jdbc.sql("""
                        select * from webhook_destination
                        where destination_id = :id and merchant_id = :merchant and removed_at is null""")
                .param("id", destinationId)
                .param("merchant", merchantId)
                .query(WebhookDestinationRepository::read)
                .optional();
    }

    private static WebhookDestination read(ResultSet row, int rowNumber) throws SQLException {
        return new WebhookDestination(Columns.uuid(row, "destination_id"), Columns.uuid(row, "merchant_id"),
                row.getString("name"), row.getString("url"), Arrays.asList(row.getString("events").split(",")),
                Columns.instant(row, "created_at"), Columns.instant(row, "updated_at"),
                Columns.instant(row, "secret_rotated_at"));
    }

    private int rotate(UUID destinationId, Instant at) {
        return jdbc.sql("update webhook_destination set secret_rotated_at = :at where destination_id = :id")
                .param("at", Columns.at(at))
                .param("id", destinationId)
                .update();
    }
}
