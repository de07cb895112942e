package co.kustom.ipp.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import co.kustom.ipp.platform.web.CorrelationIdFilter;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the merchant an authenticated request acts for (by API key or device token) in the log context, for the rest
 * of the request: {@link CorrelationIdFilter} logs the request with it and then clears the request's log context.
 */
public class CallerLogContext extends OncePerRequestFilter {

    public static final String MERCHANT_ID = CorrelationIdFilter.MERCHANT_MDC_KEY;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object caller = authentication == null ? null : authentication.getPrincipal();
        String merchantId = caller instanceof MerchantPrincipal merchant ? merchant.merchantId().toString()
                : caller instanceof DevicePrincipal device ? device.merchantId().toString() : null;
        if (merchantId != null) {
            MDC.put(MERCHANT_ID, merchantId);
        }
        chain.doFilter(request, response);
    }
}
