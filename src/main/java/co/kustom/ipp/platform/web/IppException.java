package co.kustom.ipp.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import co.kustom.ipp.platform.domain.DomainRefusal;
import co.kustom.ipp.platform.domain.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.HttpStatus;

/**
 * The one exception for anything a caller did wrong, thrown by controllers and aggregates alike and answered as a
 * problem body. It is a {@link CommandExecutionException} so its {@link Problem} survives a distributed command bus.
 */
public class IppException extends CommandExecutionException {

    public static final String BAD_VALUE = DomainRefusal.BAD_VALUE;

    public IppException(Problem problem) {
        super(problem.detail(), null, problem, false);
    }

    public Problem problem() {
        return this.<Problem>getDetails().orElseThrow();
    }

    /**
     * The problem a failed command reported, whichever bus carried it (an Axon Server delivers its own exception): a
     * refusal of the domain's, or a problem of the web layer's.
     */
    public static Optional<Problem> problemOf(CommandExecutionException failure) {
        Object details = failure.getDetails().orElse(null);
        if (details instanceof Refusal refusal) {
            return Optional.of(problemOf(refusal));
        }
        return details instanceof Problem problem ? Optional.of(problem) : Optional.empty();
    }

    /** The one mapping of the domain's refusals to problem bodies. */
    public static Problem problemOf(Refusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        String title = status == HttpStatus.BAD_REQUEST ? "Validation Failed" : status.getReasonPhrase();
        return new Problem(status.value(), title, refusal.code(), refusal.detail(), refusal.errors());
    }

    public static IppException of(HttpStatus status, String errorCode, String detail) {
        return new IppException(new Problem(status.value(), status.getReasonPhrase(), errorCode, detail, Map.of()));
    }

    /** A 400 naming each field that is wrong, with what is wrong with it. */
    public static IppException invalid(Map<String, String> errors) {
        return invalid(errors, errors.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; ")));
    }

    public static IppException invalid(Map<String, String> errors, String detail) {
        return new IppException(new Problem(400, "Validation Failed", BAD_VALUE, detail, new LinkedHashMap<>(errors)));
    }

    public static IppException invalid(String field, String message) {
        return invalid(Map.of(field, message));
    }

    /** A 400 about one field, with an error code more precise than {@code BAD_VALUE}. */
    public static IppException invalid(String errorCode, String field, String message) {
        return new IppException(new Problem(400, "Validation Failed", errorCode, field + " " + message,
                Map.of(field, message)));
    }

    /** A 404 about an id given in a field (e.g. a body's {@code device_id}), naming that field. */
    public static IppException notFound(String errorCode, String field, String message) {
        return new IppException(new Problem(404, "Not Found", errorCode, field + " " + message, Map.of(field, message)));
    }

    public static IppException notFound(String what) {
        return of(HttpStatus.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static IppException conflict(String errorCode, String detail) {
        return of(HttpStatus.CONFLICT, errorCode, detail);
    }
}
