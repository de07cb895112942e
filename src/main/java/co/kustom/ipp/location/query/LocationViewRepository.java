package co.kustom.ipp.location.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.location.api.LocationAddress;
import co.kustom.ipp.location.api.LocationDto;
import co.kustom.ipp.platform.db.Columns;
import co.kustom.ipp.platform.db.SqlPage;
import co.kustom.ipp.platform.db.ViewRows;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class LocationViewRepository {

    private final JdbcClient jdbc;

    LocationViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LocationView view) {
        jdbc.sql("""
                        insert into location_view (location_id, merchant_id, name, street_address, street_address2,
                                                   postal_code, city, country, created_at, updated_at)
                        values (:location_id, :merchant_id, :name, :street_address, :street_address2,
                                :postal_code, :city, :country, :created_at, :updated_at)""")
                .param("location_id", view.locationId())
                .param("merchant_id", view.merchantId())
                .param("name", view.name())
                .param("street_address", view.streetAddress())
                .param("street_address2", view.streetAddress2())
                .param("postal_code", view.postalCode())
                .param("city", view.city())
                .param("country", view.country())
                .param("created_at", Columns.at(view.createdAt()))
                .param("updated_at", Columns.at(view.updatedAt()))
                .update();
    }

    void describe(UUID locationId, LocationAddress address, Instant at) {
        int updated = jdbc.sql("""
                        update location_view
                        set name = :name, street_address = :street_address, street_address2 = :street_address2,
                            postal_code = :postal_code, city = :city, country = :country, updated_at = :updated_at
                        where location_id = :location_id""")
                .param("name", address.name())
                .param("street_address", address.streetAddress())
                .param("street_address2", address.streetAddress2())
                .param("postal_code", address.postalCode())
                .param("city", address.city())
                .param("country", address.country())
                .param("updated_at", Columns.at(at))
                .param("location_id", locationId)
                .update();
        ViewRows.requireOne("location view", locationId, updated);
    }

    void delete(UUID locationId) {
        jdbc.sql("delete from location_view where location_id = :location_id")
                .param("location_id", locationId)
                .update();
    }

    Optional<LocationView> find(UUID locationId, UUID merchantId) {
        return jdbc.sql("""
                        select * from location_view
                        where location_id = :location_id and merchant_id = :merchant_id""")
                .param("location_id", locationId)
                .param("merchant_id", merchantId)
                .query((row, number) -> view(row))
                .optional();
    }

    PageResult<LocationDto> list(UUID merchantId, PageQuery page) {
        return SqlPage.from("location_view")
                .where("merchant_id = :merchant_id", "merchant_id", merchantId)
                .orderBy("created_at, location_id")
                .fetch(jdbc, page, (row, number) -> view(row).toDto());
    }

    boolean exists(UUID locationId, UUID merchantId) {
        return jdbc.sql("""
                        select exists (select 1 from location_view
                                       where location_id = :location_id and merchant_id = :merchant_id)""")
                .param("location_id", locationId)
                .param("merchant_id", merchantId)
                .query((row, number) -> row.getBoolean(1))
                .single();
    }

    /** The ids of the merchant's first locations, oldest first. */
    List<UUID> firstIds(UUID merchantId, int limit) {
        return jdbc.sql("""
                        select location_id from location_view where merchant_id = :merchant_id
                        order by created_at limit :limit""")
                .param("merchant_id", merchantId)
                .param("limit", limit)
                .query((row, number) -> Columns.uuid(row, "location_id"))
                .list();
    }

    private static LocationView view(ResultSet row) throws SQLException {
        return new LocationView(Columns.uuid(row, "location_id"), Columns.uuid(row, "merchant_id"),
                row.getString("name"), row.getString("street_address"), row.getString("street_address2"),
                row.getString("postal_code"), row.getString("city"), row.getString("country"),
                Columns.instant(row, "created_at"), Columns.instant(row, "updated_at"));
    }
}
