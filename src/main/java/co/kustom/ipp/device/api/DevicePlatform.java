package co.kustom.ipp.device.api;

/** What the POS app runs on: a phone (iOS, Android) or a dedicated payment terminal. */
public enum DevicePlatform {
    IOS, ANDROID, TERMINAL
}
