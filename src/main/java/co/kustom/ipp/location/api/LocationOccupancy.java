package co.kustom.ipp.location.api;

import java.util.UUID;

/**
 * The one owner of the rule that devices stand only at live locations and a location with devices cannot be
 * deleted. Command handlers call it inside their own unit of work (the Device aggregate when it places, moves or
 * removes a device; the Location aggregate when it is created or deleted); each call is one row update, so two
 * commands racing on one location queue up on that row and the second sees the first's result.
 */
public interface LocationOccupancy {

    /** A new location, with no device yet. */
    void open(UUID merchantId, UUID locationId);

    /** Puts a device at the merchant's location; false when the location does not exist (any more). */
    boolean place(UUID merchantId, UUID locationId);

    /** A device left the location. */
    void leave(UUID locationId);

    /** Marks the location deleted; false (and nothing changes) while a device stands there. */
    boolean retire(UUID locationId);
}
