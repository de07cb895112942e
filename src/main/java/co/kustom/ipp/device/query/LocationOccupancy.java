package co.kustom.ipp.device.query;

import java.util.UUID;

import co.kustom.ipp.device.api.DeviceStatus;
import org.springframework.stereotype.Component;

/** How many registered devices stand at a location (a location in use cannot be deleted). */
@Component
public class LocationOccupancy {

    private final DeviceViewRepository devices;

    LocationOccupancy(DeviceViewRepository devices) {
        this.devices = devices;
    }

    public long activeDevicesAt(UUID merchantId, UUID locationId) {
        return devices.countByMerchantIdAndLocationIdAndStatus(merchantId, locationId, DeviceStatus.ACTIVE);
    }
}
