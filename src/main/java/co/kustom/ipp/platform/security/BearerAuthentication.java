package co.kustom.ipp.platform.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A bearer token (a device's or the operator's): presented before it is checked, the caller after. */
final class BearerAuthentication extends AbstractAuthenticationToken {

    private static final String BEARER = "bearer ";

    private final transient String token;
    private final Object principal;

    private BearerAuthentication(String token, Object principal, String role) {
        super(principal == null ? List.of() : List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.token = token;
        this.principal = principal;
        setAuthenticated(principal != null);
    }

    static BearerAuthentication authenticated(Object principal, String role) {
        return new BearerAuthentication(null, principal, role);
    }

    /** Reads {@code Authorization: Bearer <token>}; null without an Authorization header. */
    static BearerAuthentication fromRequest(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new BadCredentialsException("Use Authorization: Bearer <token>");
        }
        return new BearerAuthentication(header.substring(BEARER.length()).trim(), null, null);
    }

    String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
