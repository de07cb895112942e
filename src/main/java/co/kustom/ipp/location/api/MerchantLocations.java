package co.kustom.ipp.location.api;

import java.util.UUID;

/**
 * Resolves the location a request is about: the one it names, which must be the merchant's, or else the merchant's
 * only location (a merchant with several must name one). It only reads; whether a device may be placed there is
 * decided by the command that places it ({@link LocationOccupancy}).
 */
public interface MerchantLocations {

    /** The location's id; refused as invalid, naming {@code field}, when there is none to take. */
    UUID resolve(UUID merchantId, UUID requested, String field);
}
