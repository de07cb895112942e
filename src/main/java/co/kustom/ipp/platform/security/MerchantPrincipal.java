package co.kustom.ipp.platform.security;

import java.util.UUID;

/** The merchant a request acts for, and the API key it used (recorded as the causer of what it changes). */
public record MerchantPrincipal(UUID merchantId, UUID apiKeyId) {
}
