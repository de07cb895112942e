package co.kustom.ipp.platform.failures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A lost race and an unreachable bus are recognised whether the local bus or Axon Server reported them. */
class CommandFailuresTest {

    @Test
    void conflictsAsTheLocalBusThrowsThem() {
        assertThat(CommandFailures.isConflict(new ConcurrencyException("sequence taken"))).isTrue();
        assertThat(CommandFailures.isConflict(new AggregateStreamCreationException("exists"))).isTrue();
        assertThat(CommandFailures.isConflict(new CompletionException(new DataIntegrityViolationException("dup"))))
                .isTrue();
    }

    @Test
    void conflictsAsAxonServerReportsThem() {
        assertThat(CommandFailures.isConflict(new CommandExecutionException(
                "AXONIQ-2000: Invalid sequence number 0 for aggregate de30…, expected 2", null))).isTrue();
        assertThat(CommandFailures.isConflict(new CommandExecutionException(
                "org.axonframework.modelling.command.ConcurrencyException: An event for aggregate [x] at sequence [0] "
                        + "was already inserted", null))).isTrue();
    }

    @Test
    void unavailability() {
        assertThat(CommandFailures.isUnavailable(new NoHandlerForCommandException("no handler"))).isTrue();
        assertThat(CommandFailures.isUnavailable(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(CommandFailures.isUnavailable(new CommandExecutionException(
                "AXONIQ-1001: No connection to Axon Server", null))).isTrue();
    }

    @Test
    void otherFailuresAreNeither() {
        RuntimeException bug = new IllegalStateException("a bug");
        assertThat(CommandFailures.isConflict(bug)).isFalse();
        assertThat(CommandFailures.isUnavailable(bug)).isFalse();
        assertThat(CommandFailures.isConflict(new CommandExecutionException("Session is FINALIZED", null))).isFalse();
    }
}
