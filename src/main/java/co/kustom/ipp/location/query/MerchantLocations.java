package co.kustom.ipp.location.query;

import java.util.List;
import java.util.UUID;

import co.kustom.ipp.platform.web.IppException;
import org.springframework.stereotype.Component;

/**
 * Resolves the location a request is about: the one it names, which must be the merchant's, or else the
 * merchant's only location (a merchant with several must name one). Whether a device may be placed there is decided
 * by the command that places it ({@code LocationOccupancy}); this only reads.
 */
@Component
public class MerchantLocations {

    private final LocationViewRepository locations;

    MerchantLocations(LocationViewRepository locations) {
        this.locations = locations;
    }

    public UUID resolve(UUID merchantId, UUID requested, String field) {
        if (requested != null) {
            if (!locations.exists(requested, merchantId)) {
                throw IppException.invalid(field, "is not a location of this merchant");
            }
            return requested;
        }
        List<UUID> ids = locations.firstIds(merchantId, 2);
        if (ids.size() == 1) {
            return ids.get(0);
        }
        throw IppException.invalid(field, ids.isEmpty()
                ? "is required: the merchant has no location yet"
                : "is required when the merchant has more than one location");
    }
}
