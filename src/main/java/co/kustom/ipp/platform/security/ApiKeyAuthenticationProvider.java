package co.kustom.ipp.platform.security;

import co.kustom.ipp.platform.config.IppProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Checks a presented API key: right environment, known and not revoked, and the username (if any) is its merchant. */
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final MerchantCredentials credentials;
    private final IppProperties.Environment environment;

    ApiKeyAuthenticationProvider(MerchantCredentials credentials, IppProperties.Environment environment) {
        this.credentials = credentials;
        this.environment = environment;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        ApiKeyAuthentication presented = (ApiKeyAuthentication) authentication;
        String key = presented.apiKey();
        if (key == null || !key.startsWith(environment.apiKeyPrefix())) {
            throw new BadCredentialsException("The API key is not a key of the " + environment.name().toLowerCase()
                    + " environment (keys start with " + environment.apiKeyPrefix() + ")");
        }
        MerchantPrincipal merchant = credentials.findActiveKey(ApiKeys.hash(key))
                .orElseThrow(() -> new BadCredentialsException("The API key is unknown or revoked"));
        if (presented.username() != null && !presented.username().equals(merchant.merchantId().toString())) {
            throw new BadCredentialsException("The username must be the merchant id of the API key, or empty");
        }
        return ApiKeyAuthentication.authenticated(merchant);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
