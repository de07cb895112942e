package co.kustom.ipp.platform.limits;

import java.io.IOException;
import java.util.Map;

import co.kustom.ipp.platform.web.Problem;
import co.kustom.ipp.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/** The 429 answer of every rate limit: a problem body and {@code Retry-After}. */
public final class TooManyRequests {

    private TooManyRequests() {
    }

    public static void write(ProblemResponses problems, HttpServletResponse response, RateLimits.Verdict verdict, String what)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        problems.write(response, new Problem(429, "Too Many Requests", "RATE_LIMITED",
                "Too many " + what + "; retry after " + verdict.retryAfterSeconds() + " s", Map.of()));
    }
}
