package co.kustom.ipp.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the caller's, when it sends a sane one), returns it as a header, puts it
 * in every log line of the request and writes one access log line when the request ends: for a long poll or an
 * event stream, when its answer goes out rather than when the request thread lets go of it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "Correlation-Id";
    public static final String MDC_KEY = "correlation_id";
    /** Set by the security filters once the caller is known ({@code CallerLogContext}). */
    public static final String MERCHANT_MDC_KEY = "merchant_id";

    private static final Logger log = LoggerFactory.getLogger("ipp.access");
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final String ID_ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    private static final String STARTED_ATTRIBUTE = CorrelationIdFilter.class.getName() + ".started";

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(ID_ATTRIBUTE) == null) {
            String incoming = request.getHeader(HEADER);
            String correlationId = incoming != null && ACCEPTED.matcher(incoming).matches()
                    ? incoming : UUID.randomUUID().toString();
            request.setAttribute(ID_ATTRIBUTE, correlationId);
            request.setAttribute(STARTED_ATTRIBUTE, System.nanoTime());
            response.setHeader(HEADER, correlationId);
        }
        MDC.put(MDC_KEY, (String) request.getAttribute(ID_ATTRIBUTE));
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.isAsyncStarted() && request.getDispatcherType() != DispatcherType.ERROR) {
                log.info("{} {} -> {} ({} ms)", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - (Long) request.getAttribute(STARTED_ATTRIBUTE)) / 1_000_000);
            }
            MDC.remove(MDC_KEY);
            MDC.remove(MERCHANT_MDC_KEY);
        }
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
