package co.kustom.ipp.platform.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders what the servlet container forwards to {@code /error} (a filter's or the firewall's {@code sendError}) as
 * a problem body. Called directly, {@code /error} is an unknown path like any other.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer statusCode) || statusCode < 400) {
            return problems.entity(new Problem(404, "Not Found", "NOT_FOUND",
                    "No endpoint " + request.getMethod() + " /error", Map.of()));
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        String title = status == null ? "Error" : status.getReasonPhrase();
        String errorCode = status == null ? "ERROR" : status == HttpStatus.BAD_REQUEST ? IppException.BAD_VALUE : status.name();
        return problems.entity(new Problem(statusCode, title, errorCode, ProblemErrorReportValve.detail(statusCode),
                Map.of()));
    }
}
