package co.kustom.ipp.platform.security;

import java.util.Optional;

/** Checks a presented device token; implemented by the device feature's view. */
public interface DeviceCredentials {

    /** The device, when it is active and the token's secret hash equals the stored one (compared in constant time). */
    Optional<DevicePrincipal> verify(DeviceTokens.PresentedToken token);
}
