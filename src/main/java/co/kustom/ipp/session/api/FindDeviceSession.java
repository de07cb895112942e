package co.kustom.ipp.session.api;

import java.util.UUID;

/** A session as its device may see it: only a session dispatched to that device. */
public record FindDeviceSession(UUID deviceId, UUID sessionId) {
}
