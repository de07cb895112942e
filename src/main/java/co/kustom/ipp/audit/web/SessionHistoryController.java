package co.kustom.ipp.audit.web;

import java.util.List;
import java.util.UUID;

import co.kustom.ipp.audit.api.FindSessionHistory;
import co.kustom.ipp.audit.api.RecordedEvent;
import co.kustom.ipp.audit.api.SessionHistory;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "What auditors and reconciliation jobs read.")
class SessionHistoryController {

    private final Queries queries;

    SessionHistoryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/ipp/v1/sessions/{session_id}/events")
    @Operation(summary = "A session's event history", description = "Every event of the session from the event "
            + "store, oldest first: sequence, type, occurred_at, payload, and caused_by (api_key with the key's id, "
            + "device with the device's id, operator, or system).")
    List<RecordedEvent> history(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                                @PathVariable("session_id") UUID sessionId) {
        return queries.require(new FindSessionHistory(merchant.merchantId(), sessionId), SessionHistory.class,
                        "Session " + sessionId)
                .events();
    }
}
