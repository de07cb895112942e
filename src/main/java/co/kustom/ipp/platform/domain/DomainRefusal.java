package co.kustom.ipp.platform.domain;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandExecutionException;

/**
 * The one exception the domain (aggregates and their rules) throws to refuse a command. It is a
 * {@link CommandExecutionException} whose details are the {@link Refusal}, so the refusal reaches the sender intact
 * on any bus; the web layer turns it into a problem body.
 */
public class DomainRefusal extends CommandExecutionException {

    public static final String BAD_VALUE = "BAD_VALUE";

    public DomainRefusal(Refusal refusal) {
        super(refusal.detail(), null, refusal, false);
    }

    /** The refusal a failed command reported, whichever bus carried it. */
    public static Optional<Refusal> of(CommandExecutionException failure) {
        return failure.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast);
    }

    /** Invalid: each field that is wrong, with what is wrong with it. */
    public static DomainRefusal invalid(Map<String, String> errors) {
        return invalid(errors, errors.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; ")));
    }

    public static DomainRefusal invalid(Map<String, String> errors, String detail) {
        return new DomainRefusal(new Refusal(Refusal.Kind.INVALID, BAD_VALUE, detail, errors));
    }

    public static DomainRefusal invalid(String field, String message) {
        return invalid(Map.of(field, message));
    }

    /** Invalid, with a code more precise than {@code BAD_VALUE}. */
    public static DomainRefusal invalid(String code, String field, String message) {
        return new DomainRefusal(new Refusal(Refusal.Kind.INVALID, code, field + " " + message, Map.of(field, message)));
    }

    public static DomainRefusal notFound(String what) {
        return new DomainRefusal(new Refusal(Refusal.Kind.NOT_FOUND, "NOT_FOUND", what + " not found", Map.of()));
    }

    /** Not found: an id given in a field, naming that field. */
    public static DomainRefusal notFound(String code, String field, String message) {
        return new DomainRefusal(new Refusal(Refusal.Kind.NOT_FOUND, code, field + " " + message,
                Map.of(field, message)));
    }

    public static DomainRefusal conflict(String code, String detail) {
        return new DomainRefusal(new Refusal(Refusal.Kind.CONFLICT, code, detail, Map.of()));
    }
}
