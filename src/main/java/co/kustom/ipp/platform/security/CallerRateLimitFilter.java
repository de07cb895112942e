package co.kustom.ipp.platform.security;

import java.io.IOException;

import co.kustom.ipp.platform.limits.RateLimits;
import co.kustom.ipp.platform.limits.TooManyRequests;
import co.kustom.ipp.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits authenticated callers: each API key and each device token has its own bucket. It runs inside the security
 * filter chain, after authentication, so it knows who is calling.
 */
public class CallerRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final ProblemResponses problems;

    public CallerRateLimitFilter(RateLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object caller = authentication == null ? null : authentication.getPrincipal();
        RateLimits.Verdict verdict = null;
        if (caller instanceof MerchantPrincipal merchant) {
            verdict = limits.take(RateLimits.Kind.API_KEY, merchant.apiKeyId().toString());
        } else if (caller instanceof DevicePrincipal device) {
            verdict = limits.take(RateLimits.Kind.DEVICE_TOKEN, device.deviceId().toString());
        }
        if (verdict != null && !verdict.allowed()) {
            TooManyRequests.write(problems, response, verdict, "requests with these credentials");
            return;
        }
        chain.doFilter(request, response);
    }
}
