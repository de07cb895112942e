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
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.axon.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
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
        devices.insert(event);
    }

    @EventHandler
    void on(DeviceUpdated event) {
        devices.update(event);
    }

    @EventHandler
    void on(DeviceDeregistered event) {
        devices.deregister(event.deviceId(), event.deregisteredAt());
    }

    @QueryHandler
    Optional<DeviceDto> handle(FindDevice query) {
        return devices.find(query.merchantId(), query.deviceId())
                .map(device -> dto(device, presence.lastSeen(List.of(device.deviceId()))));
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListDevices query) {
        PageResult<DeviceView> page = devices.listActive(query);
        Map<UUID, Instant> lastSeen = presence.lastSeen(page.content().stream().map(DeviceView::deviceId).toList());
        return PageResult.of(page.content().stream().map(device -> dto(device, lastSeen)).toList(),
                page.totalElements(), query.page());
    }

    private DeviceDto dto(DeviceView device, Map<UUID, Instant> lastSeen) {
        Instant seen = lastSeen.get(device.deviceId());
        return device.toDto(seen, device.status() == DeviceStatus.ACTIVE && presence.online(seen));
    }

    @Override
    public Optional<DevicePrincipal> verify(DeviceTokens.PresentedToken token) {
        return devices.activeToken(token.deviceId())
                .filter(stored -> MessageDigest.isEqual(stored.hash().getBytes(StandardCharsets.US_ASCII),
                        token.secretHash().getBytes(StandardCharsets.US_ASCII)))
                .map(stored -> new DevicePrincipal(token.deviceId(), stored.merchantId()));
    }
}
