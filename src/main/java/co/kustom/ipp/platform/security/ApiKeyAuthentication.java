package co.kustom.ipp.platform.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A merchant API key: presented (with the optional username) before it is checked, the merchant after. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    static final String ROLE = "MERCHANT";

    private final String username;
    private final transient String apiKey;
    private final MerchantPrincipal merchant;

    private ApiKeyAuthentication(String username, String apiKey, MerchantPrincipal merchant) {
        super(merchant == null ? List.of() : List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        this.username = username;
        this.apiKey = apiKey;
        this.merchant = merchant;
        setAuthenticated(merchant != null);
    }

    static ApiKeyAuthentication unauthenticated(String username, String apiKey) {
        return new ApiKeyAuthentication(username, apiKey, null);
    }

    static ApiKeyAuthentication authenticated(MerchantPrincipal merchant) {
        return new ApiKeyAuthentication(null, null, merchant);
    }

    String username() {
        return username;
    }

    String apiKey() {
        return apiKey;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public MerchantPrincipal getPrincipal() {
        return merchant;
    }
}
