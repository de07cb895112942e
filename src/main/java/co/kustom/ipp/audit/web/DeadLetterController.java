package co.kustom.ipp.audit.web;

import java.util.List;
import java.util.Map;

import co.kustom.ipp.audit.DeadLetters;
import co.kustom.ipp.audit.api.DeadLetterView;
import co.kustom.ipp.platform.web.WebConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operator looks at the events the processors parked, retries or evicts them (Bearer IPP_ADMIN_TOKEN). */
@RestController
@SecurityRequirement(name = WebConfiguration.OPERATOR_TOKEN)
@RequestMapping("/admin/v1/dead-letters")
@Tag(name = "Operator")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "List parked events", description = "Every event a processor parked after its handlers "
            + "failed on it, by processor and sequence (a session's later events wait behind it): the event, the last "
            + "error and the attempts so far.")
    Map<String, List<DeadLetterView>> list() {
        return Map.of("content", deadLetters.list());
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Retry a parked event", description = "Applies the parked event's sequence again, in order, "
            + "from its first event. `retried` tells whether the whole sequence was applied; an event that fails "
            + "again stays parked with one attempt more.")
    Map<String, Boolean> retry(@PathVariable String id) {
        return Map.of("retried", deadLetters.retry(id));
    }

    @PostMapping("/retry")
    @Operation(summary = "Retry every parked event", description = "Each parked sequence once; `remaining` counts "
            + "the events still parked.")
    Map<String, Long> retryAll() {
        return Map.of("remaining", deadLetters.retryAll());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Evict a parked event", description = "Gives up on the event: the views stay without its "
            + "effects, and the next event of its sequence is the first of those still parked.")
    void evict(@PathVariable String id) {
        deadLetters.evict(id);
    }
}
