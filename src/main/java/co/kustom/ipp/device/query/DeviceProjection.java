package co.kustom.ipp.device.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDeregistered;
import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.DeviceRegistered;
import co.kustom.ipp.device.api.DeviceStatus;
import co.kustom.ipp.device.api.DeviceUpdated;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.api.ListDevices;
import co.kustom.ipp.platform.security.DeviceCredentials;
import co.kustom.ipp.platform.security.DevicePrincipal;
import co.kustom.ipp.platform.security.DeviceTokens;
import co.kustom.ipp.platform.web.MetadataFilter;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.axon.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("device-view")
@ProjectionTables("device_view")
class DeviceProjection implements DeviceCredentials {

    private final DeviceViewRepository devices;
    private final DevicePresence presence;

    DeviceProjection(DeviceViewRepository devices, DevicePresence presence) {
        this.devices = devices;
        this.presence = presence;
    }

    @EventHandler
    void on(DeviceRegistered event) {
        devices.insert(new DeviceView(event));
    }

    @EventHandler
    void on(DeviceUpdated event) {
        devices.getReferenceById(event.deviceId()).update(event);
    }

    @EventHandler
    void on(DeviceDeregistered event) {
        devices.getReferenceById(event.deviceId()).deregister(event.deregisteredAt());
    }

    @QueryHandler
    Optional<DeviceDto> handle(FindDevice query) {
        return devices.findByDeviceIdAndMerchantId(query.deviceId(), query.merchantId())
                .map(device -> dto(device, presence.lastSeen(List.of(device.deviceId()))));
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListDevices query) {
        var page = devices.search(query.merchantId(), query.locationId() == null ? null : query.locationId().toString(),
                MetadataFilter.asJson(query.metadata()),
                PageRequest.of(query.page().pageNumber(), query.page().pageSize()));
        Map<UUID, Instant> lastSeen = presence.lastSeen(page.map(DeviceView::deviceId).getContent());
        return PageResult.of(page, device -> dto(device, lastSeen));
    }

    private DeviceDto dto(DeviceView device, Map<UUID, Instant> lastSeen) {
        Instant seen = lastSeen.get(device.deviceId());
        return device.toDto(seen, device.status() == DeviceStatus.ACTIVE && presence.online(seen));
    }

    @Override
    public Optional<DevicePrincipal> verify(DeviceTokens.PresentedToken token) {
        return devices.findById(token.deviceId())
                .filter(device -> device.status() == DeviceStatus.ACTIVE && device.tokenHash() != null)
                .filter(device -> MessageDigest.isEqual(device.tokenHash().getBytes(StandardCharsets.US_ASCII),
                        token.secretHash().getBytes(StandardCharsets.US_ASCII)))
                .map(device -> new DevicePrincipal(token.deviceId(), device.merchantId()));
    }
}
