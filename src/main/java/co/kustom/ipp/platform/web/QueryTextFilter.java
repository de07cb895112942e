package co.kustom.ipp.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query parameters whose name or value holds a control character (a NUL cannot even be stored by
 * PostgreSQL) with a 400 that names the parameter, before anything reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class QueryTextFilter extends OncePerRequestFilter {

    private static final String MESSAGE = "must not contain control characters";

    private final ProblemResponses problems;

    QueryTextFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() != null) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                String name = parameter.getKey();
                boolean bad = hasControlCharacter(name);
                for (String value : parameter.getValue()) {
                    bad |= hasControlCharacter(value);
                }
                if (bad) {
                    String field = hasControlCharacter(name) ? "query" : name;
                    problems.write(response, IppException.invalid(field, MESSAGE).problem());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
