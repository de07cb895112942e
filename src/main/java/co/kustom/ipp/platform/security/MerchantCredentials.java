package co.kustom.ipp.platform.security;

import java.util.Optional;

/** Looks up an API key by its hash; implemented by the merchant feature's key projection. */
public interface MerchantCredentials {

    Optional<MerchantPrincipal> findActiveKey(String keyHash);
}
