package co.kustom.ipp.platform.security;

import java.util.UUID;

/** The registered device a POS app request comes from. */
public record DevicePrincipal(UUID deviceId, UUID merchantId) {
}
