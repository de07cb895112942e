package co.kustom.ipp.platform.limits;

import java.io.IOException;

import co.kustom.ipp.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits what an unauthenticated client can try, per client address, before authentication runs: device
 * registrations (guessing enrollment codes) and failed authentications (guessing API keys and tokens). Once an
 * address has used up its failures it gets 429 until its bucket refills, whatever credentials it sends.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ClientAddressLimitFilter extends OncePerRequestFilter {

    static final String REGISTRATION_PATH = "/ipp/v1/devices/register";

    private final RateLimits limits;
    private final ProblemResponses problems;

    ClientAddressLimitFilter(RateLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        RateLimits.Verdict failures = limits.peek(RateLimits.Kind.FAILED_AUTHENTICATION, address);
        if (!failures.allowed()) {
            TooManyRequests.write(problems, response, failures, "failed authentications from this address");
            return;
        }
        if (REGISTRATION_PATH.equals(request.getRequestURI())) {
            RateLimits.Verdict registrations = limits.take(RateLimits.Kind.REGISTRATION, address);
            if (!registrations.allowed()) {
                TooManyRequests.write(problems, response, registrations, "device registrations from this address");
                return;
            }
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            limits.take(RateLimits.Kind.FAILED_AUTHENTICATION, address);
        }
    }
}
