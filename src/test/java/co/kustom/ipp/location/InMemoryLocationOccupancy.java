package co.kustom.ipp.location;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.location.api.LocationOccupancy;

/** {@link LocationOccupancy} for aggregate tests: locations by id, with their merchant and device count. */
public class InMemoryLocationOccupancy implements LocationOccupancy {

    private record Entry(UUID merchantId, int devices, boolean deleted) {
    }

    private final Map<UUID, Entry> locations = new HashMap<>();

    @Override
    public void open(UUID merchantId, UUID locationId) {
        locations.put(locationId, new Entry(merchantId, 0, false));
    }

    @Override
    public boolean place(UUID merchantId, UUID locationId) {
        Entry entry = locations.get(locationId);
        if (entry == null || entry.deleted() || !entry.merchantId().equals(merchantId)) {
            return false;
        }
        locations.put(locationId, new Entry(merchantId, entry.devices() + 1, false));
        return true;
    }

    @Override
    public void leave(UUID locationId) {
        locations.computeIfPresent(locationId,
                (id, entry) -> new Entry(entry.merchantId(), Math.max(0, entry.devices() - 1), entry.deleted()));
    }

    @Override
    public boolean retire(UUID locationId) {
        Entry entry = locations.get(locationId);
        if (entry == null || entry.devices() > 0) {
            return false;
        }
        locations.put(locationId, new Entry(entry.merchantId(), 0, true));
        return true;
    }

    public int devicesAt(UUID locationId) {
        return locations.get(locationId).devices();
    }
}
