package co.kustom.ipp.location.query;

import java.util.List;
import java.util.UUID;

import co.kustom.ipp.location.api.MerchantLocations;
import co.kustom.ipp.platform.domain.DomainRefusal;
import org.springframework.stereotype.Component;

/** {@link MerchantLocations} from the location view. */
@Component
class ViewMerchantLocations implements MerchantLocations {

    private final LocationViewRepository locations;

    ViewMerchantLocations(LocationViewRepository locations) {
        this.locations = locations;
    }

    @Override
    public UUID resolve(UUID merchantId, UUID requested, String field) {
        if (requested != null) {
            if (!locations.exists(requested, merchantId)) {
                throw DomainRefusal.invalid(field, "is not a location of this merchant");
            }
            return requested;
        }
        List<UUID> ids = locations.firstIds(merchantId, 2);
        if (ids.size() == 1) {
            return ids.get(0);
        }
        throw DomainRefusal.invalid(field, ids.isEmpty()
                ? "is required: the merchant has no location yet"
                : "is required when the merchant has more than one location");
    }
}
