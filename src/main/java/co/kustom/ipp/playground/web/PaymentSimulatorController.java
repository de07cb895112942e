package co.kustom.ipp.playground.web;

import java.util.UUID;

import co.kustom.ipp.platform.config.PlaygroundOnly;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.Queries;
import co.kustom.ipp.playground.SimulatedPayments;
import co.kustom.ipp.session.api.FindSession;
import co.kustom.ipp.session.api.PaymentMethod;
import co.kustom.ipp.session.api.SessionDto;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    private final SimulatedPayments payments;
    private final Queries queries;

    PaymentSimulatorController(SimulatedPayments payments, Queries queries) {
        this.payments = payments;
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

    private SessionDto collect(MerchantPrincipal merchant, UUID sessionId, PaymentMethod method, String field) {
        SessionDto session = find(merchant, sessionId);
        payments.collect(session, method, field);
        return session;
    }

    private void pay(SessionDto session, boolean succeeds, String outcome) {
        payments.attempt(session, succeeds, outcome);
    }

    private SessionDto find(MerchantPrincipal merchant, UUID sessionId) {
        return queries.require(new FindSession(merchant.merchantId(), sessionId), SessionDto.class,
                "Session " + sessionId);
    }
}
