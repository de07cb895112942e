package co.kustom.ipp.session;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.platform.axon.CausedBy;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.session.api.ExpireSession;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends {@code ExpireSession} for a deadline that fired, without waiting for it: the {@code SessionExpired} it causes
 * comes back to the saga that is firing the deadline, which must not be busy waiting (on a distributed bus that is a
 * deadlock until a timeout). A refusal by the session (it ended meanwhile) is final; any other failure is retried a
 * few times with a growing pause, so a passing fault does not leave a session open past its expiry.
 */
@Component
class SessionExpiry {

    private static final Logger log = LoggerFactory.getLogger(SessionExpiry.class);
    private static final int ATTEMPTS = 6;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);

    private final CommandGateway commands;

    SessionExpiry(CommandGateway commands) {
        this.commands = commands;
    }

    void expire(UUID sessionId) {
        send(sessionId, 1);
    }

    private void send(UUID sessionId, int attempt) {
        commands.send(GenericCommandMessage.asCommandMessage(new ExpireSession(sessionId))
                        .andMetaData(CausedBy.of(CausedBy.SYSTEM, SessionLifecycleSaga.EXPIRY)))
                .whenComplete((result, failure) -> {
                    if (failure == null || refusedBySession(failure)) {
                        return;
                    }
                    if (attempt == ATTEMPTS) {
                        log.error("Expiring session {} failed {} times; giving up", sessionId, ATTEMPTS, failure);
                        return;
                    }
                    long pause = FIRST_PAUSE.toMillis() << (attempt - 1);
                    log.warn("Expiring session {} failed (attempt {}); trying again in {} ms", sessionId, attempt, pause,
                            failure);
                    CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS)
                            .execute(() -> send(sessionId, attempt + 1));
                });
    }

    private static boolean refusedBySession(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof CommandExecutionException execution && IppException.problemOf(execution).isPresent();
    }
}
