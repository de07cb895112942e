package co.kustom.ipp.device.query;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.DevicePlatform;
import co.kustom.ipp.device.api.DeviceRegistered;
import co.kustom.ipp.device.api.DeviceStatus;
import co.kustom.ipp.device.api.DeviceUpdated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "device_view")
public class DeviceView {

    @Id
    private UUID deviceId;
    @Column(nullable = false)
    private UUID merchantId;
    private UUID locationId;
    @Column(nullable = false)
    private String hardwareId;
    @Enumerated(EnumType.STRING)
    private DevicePlatform platform;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> metadata;
    private Integer openCashRegisterId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeviceStatus status;
    @Column(nullable = false)
    private boolean simulated;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;
    private String tokenHash;

    protected DeviceView() {
    }

    DeviceView(DeviceRegistered event) {
        deviceId = event.deviceId();
        merchantId = event.merchantId();
        locationId = event.locationId();
        hardwareId = event.hardwareId();
        platform = event.platform();
        name = event.name();
        metadata = event.metadata();
        status = DeviceStatus.ACTIVE;
        simulated = event.simulated();
        createdAt = event.registeredAt();
        updatedAt = event.registeredAt();
        tokenHash = event.tokenHash();
    }

    void update(DeviceUpdated event) {
        name = event.name();
        metadata = event.metadata();
        locationId = event.locationId();
        openCashRegisterId = event.openCashRegisterId();
        updatedAt = event.updatedAt();
    }

    void deregister(Instant at) {
        status = DeviceStatus.DEREGISTERED;
        tokenHash = null;
        updatedAt = at;
    }

    UUID merchantId() {
        return merchantId;
    }

    String tokenHash() {
        return tokenHash;
    }

    UUID locationId() {
        return locationId;
    }

    DeviceStatus status() {
        return status;
    }

    UUID deviceId() {
        return deviceId;
    }

    DeviceDto toDto(Instant lastSeenAt, boolean online) {
        return new DeviceDto(deviceId, hardwareId, merchantId, locationId, name, platform, metadata, openCashRegisterId,
                createdAt, status, lastSeenAt, online, simulated);
    }
}
