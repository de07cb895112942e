package co.kustom.ipp.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, for what Tomcat itself refuses before the application sees the request (an invalid
 * character in the request line, a header too large, …): a problem body with a correlation id instead of an HTML
 * page. Installed as the host's error report valve.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String correlationId = response.getHeader(CorrelationIdFilter.HEADER);
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
            response.setHeader(CorrelationIdFilter.HEADER, correlationId);
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status == null ? "Error" : status.getReasonPhrase());
        body.put("status", statusCode);
        body.put("detail", detail(statusCode));
        body.put("error_code", status == null ? "ERROR" : status == HttpStatus.BAD_REQUEST ? IppException.BAD_VALUE
                : status.name());
        body.put("correlation_id", correlationId);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(JSON.writeValueAsBytes(body));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone: nothing left to tell it
        }
    }

    static String detail(int statusCode) {
        return switch (statusCode) {
            case 400 -> "The request is malformed: check its URL, query string and headers";
            case 401 -> "Authentication is required";
            case 403 -> "The request is not allowed";
            case 404 -> "No such endpoint";
            case 405 -> "The method is not allowed on this endpoint";
            case 413 -> "The request is too large";
            case 414 -> "The request URL is too long";
            case 431 -> "The request headers are too large";
            default -> statusCode >= 500
                    ? "An unexpected error occurred; quote the correlation_id when reporting it"
                    : "The request was refused";
        };
    }
}
