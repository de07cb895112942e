package co.kustom.ipp.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.platform.domain.DomainRefusal;
import co.kustom.ipp.session.api.ActivateSession;
import co.kustom.ipp.session.api.CancelSession;
import co.kustom.ipp.session.api.CancelSessionOfDeletedDevice;
import co.kustom.ipp.session.api.CompleteSession;
import co.kustom.ipp.session.api.CreateSession;
import co.kustom.ipp.session.api.ExpireSession;
import co.kustom.ipp.session.api.FailPaymentAttempt;
import co.kustom.ipp.session.api.PaymentAttemptFailed;
import co.kustom.ipp.session.api.SessionActivated;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionExpired;
import co.kustom.ipp.session.api.SessionFailed;
import co.kustom.ipp.session.api.SessionFinalized;
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
 * FINALIZED, CANCELLED, EXPIRED and FAILED are terminal: every further command is refused with a 409 and changes
 * nothing. From {@code expires_at} on, the session is refused as expired even before its expiry has been recorded.
 */
@Aggregate
public class Session {

    static final int MAX_PAYMENT_ATTEMPTS = 3;

    @AggregateIdentifier
    private UUID sessionId;
    private UUID merchantId;
    private UUID deviceId;
    private String currency;
    private Instant expiresAt;
    private SessionStatus status;
    private UUID orderId;
    private int failedAttempts;

    protected Session() {
    }

    @CommandHandler
    public Session(CreateSession command, SessionDevices devices, SessionLifetime lifetime, Clock clock) {
        OrderRules.check(command.order());
        SessionDevices.SessionDevice device = devices.lock(command.merchantId(), command.deviceId())
                .orElseThrow(() -> DomainRefusal.notFound("DEVICE_NOT_FOUND", "device_id",
                        "is not a device of this merchant; pick another device"));
        if (!device.active()) {
            throw DomainRefusal.conflict("DEVICE_DEREGISTERED", "Device " + command.deviceId() + " was deleted");
        }
        if (device.locationId() == null) {
            throw DomainRefusal.conflict("DEVICE_WITHOUT_LOCATION", "Device " + command.deviceId()
                    + " stands at no location; give it one with PUT /ipp/v1/devices/{device_id}");
        }
        UUID locationId = command.locationId() == null ? device.locationId() : command.locationId();
        if (!locationId.equals(device.locationId())) {
            throw DomainRefusal.invalid("location_id", "is not where device " + command.deviceId() + " stands ("
                    + device.locationId() + ")");
        }
        device.openSessionId().ifPresent(open -> {
            throw DomainRefusal.conflict("DEVICE_BUSY",
                    "Device " + command.deviceId() + " already has an unfinished session " + open);
        });
        devices.occupy(command.deviceId(), command.sessionId());
        Instant now = clock.instant();
        apply(new SessionCreated(command.sessionId(), command.merchantId(), command.deviceId(), locationId,
                command.order(), now, now.plus(lifetime.value())));
    }

    @CommandHandler
    void handle(ActivateSession command, Clock clock) {
        requireDevice(command.deviceId());
        Instant now = requireOpen(clock, "activated");
        if (status != SessionStatus.CREATED) {
            throw DomainRefusal.conflict("SESSION_ALREADY_ACTIVE", "Session " + sessionId + " is already ACTIVE");
        }
        if (!command.paymentMethod().accepts(currency)) {
            throw DomainRefusal.invalid("payment_method", command.paymentMethod() + " cannot take " + currency
                    + "; it takes " + String.join(", ", command.paymentMethod().currencies().stream().sorted().toList()));
        }
        apply(new SessionActivated(sessionId, merchantId, deviceId, command.paymentMethod(), UUID.randomUUID(), now));
    }

    @CommandHandler
    void handle(CompleteSession command, SessionDevices devices, Clock clock) {
        requireDevice(command.deviceId());
        Instant now = requireOpen(clock, "completed");
        requireActive("completed");
        devices.release(deviceId, sessionId);
        apply(new SessionFinalized(sessionId, merchantId, deviceId, orderId, command.paymentReference(), now));
    }

    @CommandHandler
    void handle(FailPaymentAttempt command, SessionDevices devices, Clock clock) {
        requireDevice(command.deviceId());
        Instant now = requireOpen(clock, "failed");
        requireActive("failed");
        int attempt = failedAttempts + 1;
        apply(new PaymentAttemptFailed(sessionId, merchantId, deviceId, orderId, attempt, command.failureReason(), now));
        if (attempt == MAX_PAYMENT_ATTEMPTS) {
            devices.release(deviceId, sessionId);
            apply(new SessionFailed(sessionId, merchantId, deviceId, orderId, command.failureReason(), now));
        }
    }

    @CommandHandler
    void handle(CancelSession command, SessionDevices devices, Clock clock) {
        requireMerchant(command.merchantId());
        if (status.isTerminal()) {
            throw DomainRefusal.conflict("SESSION_NOT_CANCELLABLE",
                    "Session " + sessionId + " is " + status + " and can no longer be cancelled");
        }
        Instant now = requireOpen(clock, "cancelled");
        devices.release(deviceId, sessionId);
        apply(new SessionCancelled(sessionId, merchantId, deviceId, orderId, now));
    }

    /**
     * Idempotent, for a policy that may send it again: a session that ended stays as it ended, and one whose
     * {@code expires_at} has passed is left to its expiry deadline (it is refused as expired already).
     */
    @CommandHandler
    void handle(CancelSessionOfDeletedDevice command, SessionDevices devices, Clock clock) {
        requireDevice(command.deviceId());
        Instant now = clock.instant();
        if (status.isTerminal() || !now.isBefore(expiresAt)) {
            return;
        }
        devices.release(deviceId, sessionId);
        apply(new SessionCancelled(sessionId, merchantId, deviceId, orderId, now));
    }

    /** The expiry deadline is the authority on time; a session that ended first stays as it ended. */
    @CommandHandler
    void handle(ExpireSession command, SessionDevices devices, Clock clock) {
        if (!status.isTerminal()) {
            devices.release(deviceId, sessionId);
            apply(new SessionExpired(sessionId, merchantId, deviceId, orderId, clock.instant()));
        }
    }

    /** Another merchant's session answers exactly like one that does not exist. */
    private void requireMerchant(UUID caller) {
        if (!merchantId.equals(caller)) {
            throw DomainRefusal.notFound("Session " + sessionId);
        }
    }

    /** A device sees only the sessions dispatched to it. */
    private void requireDevice(UUID caller) {
        if (!deviceId.equals(caller)) {
            throw DomainRefusal.notFound("Session " + sessionId);
        }
    }

    private Instant requireOpen(Clock clock, String action) {
        if (status.isTerminal()) {
            throw DomainRefusal.conflict("SESSION_" + status.name(),
                    "Session " + sessionId + " is " + status + " and can no longer be " + action);
        }
        Instant now = clock.instant();
        if (!now.isBefore(expiresAt)) {
            throw DomainRefusal.conflict("SESSION_EXPIRED",
                    "Session " + sessionId + " expired at " + expiresAt + " and can no longer be " + action);
        }
        return now;
    }

    private void requireActive(String action) {
        if (status != SessionStatus.ACTIVE) {
            throw DomainRefusal.conflict("SESSION_NOT_ACTIVE",
                    "Session " + sessionId + " is " + status + ": it must be activated before it can be " + action);
        }
    }

    @EventSourcingHandler
    void on(SessionCreated event) {
        sessionId = event.sessionId();
        merchantId = event.merchantId();
        deviceId = event.deviceId();
        currency = event.order().purchaseCurrency();
        expiresAt = event.expiresAt();
        status = SessionStatus.CREATED;
    }

    @EventSourcingHandler
    void on(SessionActivated event) {
        status = SessionStatus.ACTIVE;
        orderId = event.orderId();
    }

    @EventSourcingHandler
    void on(PaymentAttemptFailed event) {
        failedAttempts = event.attempt();
    }

    @EventSourcingHandler
    void on(SessionFailed event) {
        status = SessionStatus.FAILED;
    }

    @EventSourcingHandler
    void on(SessionFinalized event) {
        status = SessionStatus.FINALIZED;
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        status = SessionStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(SessionExpired event) {
        status = SessionStatus.EXPIRED;
    }
}
