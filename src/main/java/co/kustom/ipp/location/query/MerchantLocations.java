package co.kustom.ipp.location.query;

import java.util.List;
import java.util.UUID;

import co.kustom.ipp.platform.web.IppException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the location a request is about: the one it names, which must be the merchant's, or else the
 * merchant's only location (a merchant with several must name one). The location found is held (a shared row
 * lock) until the caller's transaction ends, so it cannot be deleted while a device is being placed there.
 */
@Component
public class MerchantLocations {

    private final LocationViewRepository locations;

    MerchantLocations(LocationViewRepository locations) {
        this.locations = locations;
    }

    @Transactional
    public UUID resolve(UUID merchantId, UUID requested, String field) {
        if (requested != null) {
            if (!holdIfPresent(merchantId, requested)) {
                throw IppException.invalid(field, "is not a location of this merchant");
            }
            return requested;
        }
        List<UUID> ids = locations.findIdsByMerchantId(merchantId, PageRequest.ofSize(2));
        if (ids.size() == 1 && holdIfPresent(merchantId, ids.get(0))) {
            return ids.get(0);
        }
        throw IppException.invalid(field, ids.isEmpty()
                ? "is required: the merchant has no location yet"
                : "is required when the merchant has more than one location");
    }

    /** Holds the merchant's location until the transaction ends; false when it does not exist (any more). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean holdIfPresent(UUID merchantId, UUID locationId) {
        return locations.holdByLocationIdAndMerchantId(locationId, merchantId).isPresent();
    }

    /** Locks the merchant's location against anyone placing devices there; false when it does not exist. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lockForDeletion(UUID merchantId, UUID locationId) {
        return locations.lockByLocationIdAndMerchantId(locationId, merchantId).isPresent();
    }
}
