package co.kustom.ipp.platform.failures;

import java.util.List;

import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Reads what a failed command or query means, however the bus reported it. The local bus throws the handler's own
 * exception; Axon Server wraps it in a {@code CommandExecutionException} whose message carries the original type or
 * Axon Server's error code (e.g. {@code AXONIQ-2000} for an event appended out of sequence).
 */
public final class CommandFailures {

    private static final List<String> CONFLICT_MARKERS = List.of("AXONIQ-2000", ConcurrencyException.class.getName(),
            AggregateStreamCreationException.class.getName(), "duplicate key value");
    private static final List<String> UNAVAILABLE_MARKERS = List.of("AXONIQ-1", "AXONIQ-4", "NoHandlerFor",
            "UNAVAILABLE");

    private CommandFailures() {
    }

    /** Another change to the same thing won the race (an aggregate appended to or created concurrently). */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof DataIntegrityViolationException
                    || mentions(cause, CONFLICT_MARKERS)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The bus, the database or Axon Server cannot be reached now: worth retrying later. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoHandlerForCommandException || cause instanceof NoHandlerForQueryException
                    || cause instanceof AxonTransientException && !(cause instanceof ConcurrencyException)
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransientDataAccessException
                    || cause.getClass().getName().startsWith("org.axonframework.axonserver.connector")
                    || cause.getClass().getName().startsWith("io.grpc")
                    || mentions(cause, UNAVAILABLE_MARKERS)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable cause, List<String> markers) {
        String message = cause.getMessage();
        return message != null && markers.stream().anyMatch(message::contains);
    }
}
