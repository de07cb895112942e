package co.kustom.ipp.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads merchant credentials in the forms API.md §2 allows: {@code Basic <api key>} (the raw key), or
 * {@code Basic base64(<merchant id>:<api key>)} where the merchant id may be left empty (legacy clients send
 * {@code <merchant id>:<shared secret>}, and a shared secret is just another key).
 */
class ApiKeyAuthenticationConverter implements AuthenticationConverter {

    private static final String BASIC = "basic ";
    private static final String KEY_START = "kco_";

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw new BadCredentialsException("Use Authorization: Basic with the merchant's API key");
        }
        String credential = header.substring(BASIC.length()).trim();
        if (credential.startsWith(KEY_START)) {
            return ApiKeyAuthentication.unauthenticated(null, credential);
        }
        String decoded = decode(credential);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return ApiKeyAuthentication.unauthenticated(null, decoded);
        }
        String username = decoded.substring(0, colon).trim();
        return ApiKeyAuthentication.unauthenticated(username.isEmpty() ? null : username, decoded.substring(colon + 1));
    }

    private static String decode(String credential) {
        try {
            return new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("The Basic credentials are neither an API key nor base64");
        }
    }
}
