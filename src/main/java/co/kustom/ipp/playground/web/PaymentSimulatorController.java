package co.kustom.ipp.playground.web;

import java.util.UUID;

import co.kustom.ipp.platform.config.PlaygroundOnly;
import co.kustom.ipp.platform.axon.CausedBy;
import co.kustom.ipp.platform.security.ApiKeys;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.Queries;
import co.kustom.ipp.session.api.ActivateSession;
import co.kustom.ipp.session.api.CompleteSession;
import co.kustom.ipp.session.api.FailPaymentAttempt;
import co.kustom.ipp.session.api.FindSession;
import co.kustom.ipp.session.api.PaymentMethod;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plays the device's part in a payment. It sends exactly the commands the POS app would, in the session's
 * device's name, so a simulated payment leaves the same events as a real one.
 */
@RestController
@PlaygroundOnly
@RequestMapping("/ipp/v1/dev/sessions/{session_id}")
@Tag(name = "Testing")
class PaymentSimulatorController {

    private final CommandGateway commands;
    private final Queries queries;

    PaymentSimulatorController(CommandGateway commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/simulate-tap")
    @Operation(summary = "Simulate a card tap", description = "A CREATED session is first activated with CARD. "
            + "SUCCESS completes it; any other outcome is one failed attempt with that outcome as failure_reason.")
    SimulationResult tap(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                         @PathVariable("session_id") UUID sessionId,
                         @RequestParam(name = "outcome", defaultValue = "SUCCESS") TapOutcome outcome) {
        SessionDto session = collect(merchant, sessionId, PaymentMethod.CARD, "outcome");
        pay(session, outcome == TapOutcome.SUCCESS, outcome.name());
        return new SimulationResult(outcome == TapOutcome.SUCCESS ? "Card tap simulated successfully"
                : "Card tap simulated: " + outcome.name(), find(merchant, sessionId));
    }

    @PostMapping("/simulate-scan")
    @Operation(summary = "Simulate Scan to pay", description = "Like simulate-tap, for KLARNA, SWISH or VIPPS. Swish "
            + "takes only SEK, Vipps only NOK, DKK and EUR; another currency is a 400.")
    SimulationResult scan(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                          @PathVariable("session_id") UUID sessionId,
                          @RequestParam(name = "method") ScanMethod method,
                          @RequestParam(name = "outcome", defaultValue = "SUCCESS") ScanOutcome outcome) {
        SessionDto session = collect(merchant, sessionId, method.paymentMethod(), "method");
        pay(session, outcome == ScanOutcome.SUCCESS, outcome.name());
        return new SimulationResult(outcome == ScanOutcome.SUCCESS ? "Scan to pay simulated successfully"
                : "Scan to pay simulated: " + outcome.name(), find(merchant, sessionId));
    }

    /** Activates a CREATED session with {@code method}, as the clerk picking it on the device would. */
    private SessionDto collect(MerchantPrincipal merchant, UUID sessionId, PaymentMethod method, String field) {
        SessionDto session = find(merchant, sessionId);
        if (!method.accepts(session.purchaseCurrency())) {
            throw IppException.invalid(field, method + " cannot take " + session.purchaseCurrency());
        }
        if (session.status() == SessionStatus.CREATED) {
            asDevice(session.deviceId(), new ActivateSession(sessionId, session.deviceId(), method));
        } else if (session.status() == SessionStatus.ACTIVE && session.paymentMethod() != method) {
            throw IppException.conflict("PAYMENT_METHOD_MISMATCH",
                    "Session " + sessionId + " is being paid with " + session.paymentMethod() + ", not " + method);
        }
        return session;
    }

    private void pay(SessionDto session, boolean succeeds, String outcome) {
        asDevice(session.deviceId(), succeeds
                ? new CompleteSession(session.sessionId(), session.deviceId(), "sim_" + ApiKeys.random(16))
                : new FailPaymentAttempt(session.sessionId(), session.deviceId(), outcome));
    }

    /** Sends what the device would send, recorded as caused by the device (as its own request would be). */
    private void asDevice(UUID deviceId, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(CausedBy.of(CausedBy.DEVICE, deviceId.toString())));
    }

    private SessionDto find(MerchantPrincipal merchant, UUID sessionId) {
        return queries.require(new FindSession(merchant.merchantId(), sessionId), SessionDto.class,
                "Session " + sessionId);
    }
}
