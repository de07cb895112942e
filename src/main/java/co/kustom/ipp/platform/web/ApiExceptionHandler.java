package co.kustom.ipp.platform.web;

import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import co.kustom.ipp.platform.failures.CommandFailures;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one error mapper: every failure leaves the service as a problem body with an {@code error_code} and the
 * request's {@code correlation_id}; input errors name the JSON field, query parameter or header at fault.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final ProblemResponses problems;
    private final ObjectMapper objectMapper;

    public ApiExceptionHandler(ProblemResponses problems, ObjectMapper objectMapper) {
        this.problems = problems;
        this.objectMapper = objectMapper;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> handleCommandFailure(CommandExecutionException ex) {
        return IppException.problemOf(ex).map(problems::entity).orElseGet(() -> unexpected(ex));
    }

    @ExceptionHandler(CompletionException.class)
    ResponseEntity<ProblemDetail> handleAsyncFailure(CompletionException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof CommandExecutionException commandFailure) {
            return handleCommandFailure(commandFailure);
        }
        return unexpected(cause == null ? ex : cause);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> handleUnknownAggregate(AggregateNotFoundException ex) {
        return problems.entity(IppException.notFound("Resource").problem());
    }

    /** Spring Security's firewall checks parameters when they are read, e.g. a form body sent to a JSON endpoint. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> handleRejectedRequest(RequestRejectedException ex) {
        return problems.entity(new Problem(400, "Bad Request", "REJECTED_REQUEST",
                "The request was refused: its parameters contain characters that are not allowed", Map.of()));
    }

    /**
     * A race lost to a concurrent change is a 409 the caller can retry; an unreachable bus, Axon Server or database a
     * 503 with {@code Retry-After}; anything else is ours, a 500. Each is recognised however the bus reported it.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Throwable ex) {
        if (CommandFailures.isConflict(ex)) {
            log.info("Concurrent change refused: {}", ex.getMessage());
            return problems.entity(IppException.conflict("CONCURRENT_MODIFICATION",
                    "The resource was changed by another request at the same time; fetch it and retry").problem());
        }
        if (CommandFailures.isUnavailable(ex)) {
            log.warn("Service unavailable: {}", ex.toString());
            return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemResponses.body(new Problem(503, "Service Unavailable", "SERVICE_UNAVAILABLE",
                            "The service cannot reach a part it depends on; retry shortly", Map.of())));
        }
        log.error("Unexpected failure", ex);
        return problems.entity(new Problem(500, "Internal Server Error", "INTERNAL_ERROR",
                "An unexpected error occurred; quote the correlation_id when reporting it", Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof BodyTooLarge tooLarge) {
            return respond(tooLarge.problem());
        }
        if (cause instanceof JsonParseException parse && parse.getProcessor() != null
                && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return respond(IppException.invalid(jsonPath(parse.getProcessor().getParsingContext()),
                    "is given more than once").problem());
        }
        if (cause instanceof JsonParseException parse) {
            return respond(new Problem(400, "Malformed JSON", "INVALID_JSON",
                    "The request body is not valid JSON: " + parse.getOriginalMessage(), Map.of("body", "is not valid JSON")));
        }
        if (cause instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return respond(IppException.invalid(jsonPath(instantiation.getPath()),
                    instantiation.getCause().getMessage()).problem());
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return respond(IppException.invalid(jsonPath(mismatch.getPath()), expected(mismatch)).problem());
        }
        if (cause instanceof JsonMappingException mapping) {
            return respond(IppException.invalid("body", mapping.getOriginalMessage()).problem());
        }
        return respond(IppException.invalid("body", "is required and must be a JSON object").problem());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(snakeCasePath(error.getField()), error.getDefaultMessage());
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.putIfAbsent("body", error.getDefaultMessage()));
        return respond(IppException.invalid(errors).problem());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(IppException.invalid(ex.getParameterName(), "is required").problem());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> handleMissingHeader(MissingRequestHeaderException ex) {
        return problems.entity(IppException.invalid(ex.getHeaderName(), "header is required").problem());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleArgumentType(MethodArgumentTypeMismatchException ex) {
        Class<?> type = ex.getRequiredType();
        return problems.entity(IppException.invalid(ex.getName(), type == null ? "has an invalid value" : expected(type)).problem());
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return respond(new Problem(404, "Not Found", "NOT_FOUND",
                "No endpoint " + ex.getHttpMethod() + " /" + ex.getResourcePath(), Map.of()));
    }

    /** Everything else Spring MVC rejects (404, 405, 406, 415, …) keeps its status and gets our body. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail() : ex.getMessage();
        String errorCode = status == HttpStatus.BAD_REQUEST ? IppException.BAD_VALUE : status.name();
        if (status.is5xxServerError()) {
            log.error("Request failed", ex);
        }
        Problem problem = new Problem(status.value(), status.getReasonPhrase(), errorCode, detail, Map.of());
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.addAll(headers);
        responseHeaders.remove(HttpHeaders.CONTENT_TYPE);
        return ResponseEntity.status(status).headers(responseHeaders)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.body(problem));
    }

    private ResponseEntity<Object> respond(Problem problem) {
        return ResponseEntity.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.body(problem));
    }

    private String expected(MismatchedInputException mismatch) {
        if (mismatch instanceof StrictJsonModule.RefusedText) {
            return mismatch.getOriginalMessage();
        }
        if (mismatch instanceof InvalidFormatException && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        return mismatch.getTargetType() == null ? "has an invalid value" : expected(mismatch.getTargetType());
    }

    private String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> objectMapper.convertValue(constant, String.class))
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date-time such as 2024-01-15T10:30:00Z";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "must be an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    /** The path of the field a streaming parser is at, written as {@link #jsonPath(List)} writes it. */
    private static String jsonPath(JsonStreamContext context) {
        Deque<JsonStreamContext> fromRoot = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            fromRoot.addFirst(at);
        }
        StringBuilder out = new StringBuilder();
        for (JsonStreamContext at : fromRoot) {
            if (at.inObject() && at.getCurrentName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(at.getCurrentName());
            } else if (at.inArray()) {
                out.append('[').append(Math.max(at.getCurrentIndex(), 0)).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    /** {@code orderItems[0].unitPrice} (a bean path) → {@code order_items[0].unit_price} (the JSON path). */
    static String snakeCasePath(String beanPath) {
        StringBuilder out = new StringBuilder();
        StringBuilder name = new StringBuilder();
        for (char c : (beanPath + ".").toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_') {
                name.append(c);
            } else {
                if (!name.isEmpty()) {
                    out.append(SNAKE_CASE.translate(name.toString()));
                    name.setLength(0);
                }
                out.append(c);
            }
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
