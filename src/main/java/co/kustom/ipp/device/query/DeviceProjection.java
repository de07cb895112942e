package co.kustom.ipp.device.query;

import java.util.Optional;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.DeviceRegistered;
import co.kustom.ipp.device.api.DeviceStatus;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.api.ListDevices;
import co.kustom.ipp.platform.web.PageResult;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("device-view")
class DeviceProjection {

    private static final Sort OLDEST_FIRST = Sort.by("createdAt", "deviceId");

    private final DeviceViewRepository devices;

    DeviceProjection(DeviceViewRepository devices) {
        this.devices = devices;
    }

    @EventHandler
    void on(DeviceRegistered event) {
        devices.save(new DeviceView(event));
    }

    @QueryHandler
    Optional<DeviceDto> handle(FindDevice query) {
        return devices.findByDeviceIdAndMerchantId(query.deviceId(), query.merchantId()).map(DeviceView::toDto);
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListDevices query) {
        var pageable = query.page().toPageRequest(OLDEST_FIRST);
        var page = query.locationId() == null
                ? devices.findByMerchantIdAndStatus(query.merchantId(), DeviceStatus.ACTIVE, pageable)
                : devices.findByMerchantIdAndStatusAndLocationId(query.merchantId(), DeviceStatus.ACTIVE,
                        query.locationId(), pageable);
        return PageResult.of(page, DeviceView::toDto);
    }
}
