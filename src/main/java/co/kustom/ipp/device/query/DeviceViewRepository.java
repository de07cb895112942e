package co.kustom.ipp.device.query;

import static co.kustom.ipp.platform.db.Columns.at;
import static co.kustom.ipp.platform.db.Columns.enumOf;
import static co.kustom.ipp.platform.db.Columns.instant;
import static co.kustom.ipp.platform.db.Columns.name;
import static co.kustom.ipp.platform.db.Columns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.device.api.DevicePlatform;
import co.kustom.ipp.device.api.DeviceRegistered;
import co.kustom.ipp.device.api.DeviceStatus;
import co.kustom.ipp.device.api.DeviceUpdated;
import co.kustom.ipp.device.api.ListDevices;
import co.kustom.ipp.platform.db.JsonColumns;
import co.kustom.ipp.platform.db.SqlPage;
import co.kustom.ipp.platform.db.ViewRows;
import co.kustom.ipp.platform.web.MetadataFilter;
import co.kustom.ipp.platform.web.PageResult;
import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code device_view} table, written by {@link DeviceProjection}'s events and read by its queries. */
@Component
class DeviceViewRepository {

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    DeviceViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DeviceRegistered event) {
        jdbc.sql("""
                        insert into device_view (device_id, merchant_id, location_id, hardware_id, platform, name,
                                                 metadata, status, simulated, created_at, updated_at, token_hash)
                        values (:device, :merchant, :location, :hardware, :platform, :name, cast(:metadata as jsonb),
                                :status, :simulated, :registered, :registered, :token)""")
                .param("device", event.deviceId())
                .param("merchant", event.merchantId())
                .param("location", event.locationId())
                .param("hardware", event.hardwareId())
                .param("platform", name(event.platform()))
                .param("name", event.name())
                .param("metadata", JsonColumns.write(event.metadata()))
                .param("status", name(DeviceStatus.ACTIVE))
                .param("simulated", event.simulated())
                .param("registered", at(event.registeredAt()))
                .param("token", event.tokenHash())
                .update();
    }

    void update(DeviceUpdated event) {
        ViewRows.requireOne("device view", event.deviceId(), jdbc.sql("""
                        update device_view
                        set name = :name, metadata = cast(:metadata as jsonb), location_id = :location,
                            open_cash_register_id = :register, updated_at = :updated
                        where device_id = :device""")
                .param("name", event.name())
                .param("metadata", JsonColumns.write(event.metadata()))
                .param("location", event.locationId())
                .param("register", event.openCashRegisterId())
                .param("updated", at(event.updatedAt()))
                .param("device", event.deviceId())
                .update());
    }

    /** Deregistered: its token no longer authenticates it. */
    void deregister(UUID deviceId, Instant deregisteredAt) {
        ViewRows.requireOne("device view", deviceId, jdbc.sql("""
                        update device_view set status = :status, token_hash = null, updated_at = :updated
                        where device_id = :device""")
                .param("status", name(DeviceStatus.DEREGISTERED))
                .param("updated", at(deregisteredAt))
                .param("device", deviceId)
                .update());
    }

    Optional<DeviceView> find(UUID merchantId, UUID deviceId) {
        return jdbc.sql("select * from device_view where device_id = :device and merchant_id = :merchant")
                .param("device", deviceId)
                .param("merchant", merchantId)
                .query(DeviceViewRepository::device)
                .optional();
    }

    /** The merchant's active devices, oldest first, with the location and every metadata pair asked for. */
    PageResult<DeviceView> listActive(ListDevices query) {
        return SqlPage.from("device_view")
                .where("merchant_id = :merchant", "merchant", query.merchantId())
                .where("status = :status", "status", name(DeviceStatus.ACTIVE))
                .whereSet("location_id = :location", "location", query.locationId())
                .where("metadata @> cast(:metadata as jsonb)", "metadata", MetadataFilter.asJson(query.metadata()))
                .orderBy("created_at, device_id")
                .fetch(jdbc, query.page(), DeviceViewRepository::device);
    }

    /** The token hash of an active device that has one, to check a presented token against. */
    Optional<StoredToken> activeToken(UUID deviceId) {
        return jdbc.sql("""
                        select merchant_id, token_hash from device_view
                        where device_id = :device and status = :status and token_hash is not null""")
                .param("device", deviceId)
                .param("status", name(DeviceStatus.ACTIVE))
                .query((row, index) -> new StoredToken(uuid(row, "merchant_id"), row.getString("token_hash")))
                .optional();
    }

    record StoredToken(UUID merchantId, String hash) {
    }

    private static DeviceView device(ResultSet row, int index) throws SQLException {
        return new DeviceView(uuid(row, "device_id"), uuid(row, "merchant_id"), uuid(row, "location_id"),
                row.getString("hardware_id"), enumOf(DevicePlatform.class, row, "platform"), row.getString("name"),
                JsonColumns.read(row.getString("metadata"), METADATA),
                row.getObject("open_cash_register_id", Integer.class), enumOf(DeviceStatus.class, row, "status"),
                row.getBoolean("simulated"), instant(row, "created_at"));
    }
}
