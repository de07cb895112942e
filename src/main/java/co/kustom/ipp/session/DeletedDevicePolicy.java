package co.kustom.ipp.session;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.device.api.DeviceDeregistered;
import co.kustom.ipp.session.api.CancelSessionOfDeletedDevice;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * A deleted device cannot collect its unfinished session: when a device is deregistered, its open session is
 * cancelled. Deleting a device is one command; this policy sends the second, so a crash between the two no longer
 * leaves the session open until it expires.
 * <p>
 * An event handler in a tracking processor of its own, with its token in PostgreSQL, rather than the session saga:
 * the saga knows a session by its id, not by its device, and sessions open before this policy existed have no
 * device association; the HTTP answer waits for this processor (read-your-writes), never for the saga; and a
 * failure here holds back no view. The session to cancel is read from the session feature's own command-side table
 * ({@code device_open_session}) when the event is handled: once the device is deregistered no session can be created
 * for it, so the session found is the one it had, or none when that one ended meanwhile.
 * <p>
 * Exactly once in effect: the command is sent and waited for before the processor's token moves past the event.
 * The processor runs without a transaction of its own ({@link #withoutTransaction}), so nothing is held while the
 * command is dispatched: the command commits in its own transaction, on either bus, and the token is stored after
 * it. A crash in between delivers the event again, which then finds no open session. {@link
 * CancelSessionOfDeletedDevice} is never refused for the session's state, so a redelivery or a session that ended
 * meanwhile cannot stop this processor. The command carries the causer of the deletion (the event's correlation
 * data), as the cancellation did when the controller sent it.
 * <p>
 * It acts on the world, so a rebuild never replays it. A processor without a token starts at the first event: on
 * its first start this one walks the history once and cancels any session that a crash of the former two-command
 * deletion left open on a deleted device.
 */
@Component
@ProcessingGroup(DeletedDevicePolicy.PROCESSING_GROUP)
@DisallowReplay
class DeletedDevicePolicy {

    static final String PROCESSING_GROUP = "deleted-device-policy";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final SessionDevices devices;
    private final CommandGateway commands;

    DeletedDevicePolicy(SessionDevices devices, CommandGateway commands) {
        this.devices = devices;
        this.commands = commands;
    }

    /** Its processor reads and stores its token in statements of their own, holding no transaction across the command. */
    @Bean
    static ConfigurerModule withoutTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerTransactionManager(PROCESSING_GROUP, config -> NoTransactionManager.instance());
    }

    /** A command that fails or times out fails the batch: the processor retries it, the token unmoved. */
    @EventHandler
    void on(DeviceDeregistered event) {
        devices.openSession(event.deviceId()).ifPresent(sessionId -> commands.sendAndWait(
                new CancelSessionOfDeletedDevice(sessionId, event.deviceId()), COMMAND_TIMEOUT.toMillis(),
                TimeUnit.MILLISECONDS));
    }
}
