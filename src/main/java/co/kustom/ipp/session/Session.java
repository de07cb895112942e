package co.kustom.ipp.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.session.api.CancelSession;
import co.kustom.ipp.session.api.CreateSession;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A payment session and its state machine (API.md §9):
 * <pre>
 * CREATED ──activate──▶ ACTIVE ──complete──▶ FINALIZED
 *    │                   │  ▲ fail (attempt &lt; 3)
 *    │                   │  └─┘
 *    │                   └──3rd failed attempt──▶ FAILED
 *    ├──cancel (CREATED or ACTIVE)──▶ CANCELLED
 *    └──expires_at reached (CREATED or ACTIVE)──▶ EXPIRED
 * </pre>
 * FINALIZED, CANCELLED, EXPIRED and FAILED are terminal: every further command is refused with a 409.
 */
@Aggregate
public class Session {

    @AggregateIdentifier
    private UUID sessionId;
    private UUID merchantId;
    private UUID deviceId;
    private SessionStatus status;

    protected Session() {
    }

    @CommandHandler
    public Session(CreateSession command, SessionDevices devices, SessionLifetime lifetime, Clock clock) {
        OrderRules.check(command.order());
        SessionDevices.SessionDevice device = devices.lock(command.merchantId(), command.deviceId())
                .orElseThrow(() -> IppException.invalid("device_id", "is not a device of this merchant"));
        if (!device.active()) {
            throw IppException.invalid("device_id", "is deregistered");
        }
        if (!command.locationId().equals(device.locationId())) {
            throw IppException.invalid("device_id", device.locationId() == null
                    ? "stands at no location; give it one with PUT /ipp/v1/devices/{device_id}"
                    : "does not stand at location " + command.locationId());
        }
        device.openSessionId().ifPresent(open -> {
            throw IppException.conflict("DEVICE_BUSY",
                    "Device " + command.deviceId() + " already has an unfinished session " + open);
        });
        Instant now = clock.instant();
        apply(new SessionCreated(command.sessionId(), command.merchantId(), command.deviceId(), command.locationId(),
                command.order(), now, now.plus(lifetime.value())));
    }

    @CommandHandler
    void handle(CancelSession command, Clock clock) {
        requireMerchant(command.merchantId());
        if (status.isTerminal()) {
            throw IppException.conflict("SESSION_NOT_CANCELLABLE",
                    "Session " + sessionId + " is " + status + " and can no longer be cancelled");
        }
        apply(new SessionCancelled(sessionId, merchantId, deviceId, clock.instant()));
    }

    /** Another merchant's session answers exactly like one that does not exist. */
    private void requireMerchant(UUID caller) {
        if (!merchantId.equals(caller)) {
            throw IppException.notFound("Session " + sessionId);
        }
    }

    @EventSourcingHandler
    void on(SessionCreated event) {
        sessionId = event.sessionId();
        merchantId = event.merchantId();
        deviceId = event.deviceId();
        status = SessionStatus.CREATED;
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        status = SessionStatus.CANCELLED;
    }
}
