package co.kustom.ipp.device;

import co.kustom.ipp.device.api.DeviceUpdated;
import co.kustom.ipp.platform.axon.NullFieldUpcaster;
import org.springframework.stereotype.Component;

/** Revision 2 of {@link DeviceUpdated} added {@code openCashRegisterId}; revision-1 events had none (null). */
@Component
class DeviceUpdatedUpcaster extends NullFieldUpcaster {

    DeviceUpdatedUpcaster() {
        super(DeviceUpdated.class, "1", "2", "openCashRegisterId");
    }
}
