package co.kustom.ipp.device.api;

public enum DevicePlatform {
    IOS, ANDROID
}
