package co.kustom.ipp.device.api;

public enum DeviceStatus {
    ACTIVE, DEREGISTERED
}
