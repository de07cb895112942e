package co.kustom.ipp.session.api;

import java.util.UUID;

/** The session dispatched to a device that is not finished yet (CREATED or ACTIVE), if any. */
public record FindOpenSessionForDevice(UUID deviceId) {
}
