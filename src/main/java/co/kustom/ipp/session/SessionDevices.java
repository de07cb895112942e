package co.kustom.ipp.session;

import java.util.Optional;
import java.util.UUID;

/**
 * What the Session aggregate needs to know about the device a session is created for, from command-side records
 * written in the commands' own transactions (no view is read). {@link #lock} holds the device for the rest of the
 * command's transaction, so two sessions created at once for one device cannot both see it free; a device is busy
 * from {@link #occupy} until {@link #release}. The policy that cancels a deleted device's session reads the same
 * record ({@link #openSession}).
 */
public interface SessionDevices {

    record SessionDevice(UUID locationId, boolean active, Optional<UUID> openSessionId) {
    }

    /** The merchant's device, locked; empty when the merchant has no device with this id. */
    Optional<SessionDevice> lock(UUID merchantId, UUID deviceId);

    /** The device took this session and is busy with it. */
    void occupy(UUID deviceId, UUID sessionId);

    /** The session ended: the device is free for the next one. */
    void release(UUID deviceId, UUID sessionId);

    /** The session the device is busy with, if any; nothing is locked. */
    Optional<UUID> openSession(UUID deviceId);
}
