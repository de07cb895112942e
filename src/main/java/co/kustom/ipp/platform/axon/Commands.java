package co.kustom.ipp.platform.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * How the HTTP API sends a command: it waits for the command, then for the processors to apply the events it
 * stored, so a GET after the answer sees the change on any instance. Code running inside an event processor sends
 * through the {@link CommandGateway} instead: it must never wait for processors, its own among them.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ReadYourWrites readYourWrites;

    Commands(CommandGateway gateway, ReadYourWrites readYourWrites) {
        this.gateway = gateway;
        this.readYourWrites = readYourWrites;
    }

    /** The command's result, once its events are stored and applied by every processor that handles them. */
    public <R> R sendAndWait(Object command) {
        TrackingToken before = readYourWrites.head();
        R result = gateway.sendAndWait(command);
        readYourWrites.awaitProcessorsAfter(before);
        return result;
    }

    /**
     * As {@link #sendAndWait}, and then the events that a policy stored in reaction are waited for too: a policy's
     * processor that has passed the command's events has stored the events of the commands it sent, so one more
     * wait for everything stored since the command shows those as well. One step of reaction, not chains of them.
     */
    public <R> R sendAndWaitForReactions(Object command) {
        TrackingToken before = readYourWrites.head();
        R result = gateway.sendAndWait(command);
        readYourWrites.awaitProcessorsAfter(before);
        readYourWrites.awaitProcessorsAfter(before);
        return result;
    }
}
