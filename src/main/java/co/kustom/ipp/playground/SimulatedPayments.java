package co.kustom.ipp.playground;

import java.util.UUID;

import co.kustom.ipp.platform.axon.CausedBy;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.config.PlaygroundOnly;
import co.kustom.ipp.platform.security.ApiKeys;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.session.api.ActivateSession;
import co.kustom.ipp.session.api.CompleteSession;
import co.kustom.ipp.session.api.FailPaymentAttempt;
import co.kustom.ipp.session.api.PaymentMethod;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionStatus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.springframework.stereotype.Component;

/**
 * The device's part of a payment, played by the playground: the same commands a POS app sends, recorded as caused
 * by the device, so a simulated payment leaves exactly the events and callbacks of a real one.
 */
@Component
@PlaygroundOnly
public class SimulatedPayments {

    private final Commands commands;

    SimulatedPayments(Commands commands) {
        this.commands = commands;
    }

    /**
     * Activates a CREATED session with {@code method}, as the clerk picking it on the device would; an ACTIVE one
     * must already be paid with that method. {@code field} is what a refusal names.
     */
    public void collect(SessionDto session, PaymentMethod method, String field) {
        if (!method.accepts(session.purchaseCurrency())) {
            throw IppException.invalid(field, method + " cannot take " + session.purchaseCurrency());
        }
        if (session.status() == SessionStatus.CREATED) {
            asDevice(session.deviceId(), new ActivateSession(session.sessionId(), session.deviceId(), method));
        } else if (session.status() == SessionStatus.ACTIVE && session.paymentMethod() != method) {
            throw IppException.conflict("PAYMENT_METHOD_MISMATCH", "Session " + session.sessionId()
                    + " is being paid with " + session.paymentMethod() + ", not " + method);
        }
    }

    /** One payment attempt on an ACTIVE session: it succeeds (FINALIZED) or fails with {@code outcome} as reason. */
    public void attempt(SessionDto session, boolean succeeds, String outcome) {
        asDevice(session.deviceId(), succeeds
                ? new CompleteSession(session.sessionId(), session.deviceId(), "sim_" + ApiKeys.random(16))
                : new FailPaymentAttempt(session.sessionId(), session.deviceId(), outcome));
    }

    private void asDevice(UUID deviceId, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(CausedBy.of(CausedBy.DEVICE, deviceId.toString())));
    }
}
