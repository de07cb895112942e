package co.kustom.ipp.callback.api;

/** PENDING until the receiver answers 2xx (DELIVERED) or retries are given up (FAILED, parked for a resend). */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
