package co.kustom.ipp.device.dispatch;

import java.util.UUID;

/**
 * Something the POS app on {@code deviceId} must hear about at once: a session dispatched, cancelled or expired, or
 * the device itself deregistered.
 */
public record DeviceSignal(UUID deviceId, UUID sessionId, Type type) {

    public enum Type {
        DISPATCHED("session.dispatched"),
        CANCELLED("session.cancelled"),
        EXPIRED("session.expired"),
        /** The device was deregistered: its waiting apps are let go, their credentials no longer work. */
        DEREGISTERED("device.deregistered");

        private final String eventName;

        Type(String eventName) {
            this.eventName = eventName;
        }

        public String eventName() {
            return eventName;
        }
    }
}
