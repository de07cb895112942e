package co.kustom.bench.crud;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The endpoints the load test drives, on the service's paths and in its JSON (API.md §8, §9). */
@RestController
class Api {

    record NewDevice(String name) {
    }

    record Page(List<Session> content, int pageNumber, int pageSize) {
    }

    record Health(String status) {
    }

    private static final Health UP = new Health("UP");

    private final Sessions sessions;

    Api(Sessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/ipp/v1/dev/devices")
    @ResponseStatus(HttpStatus.CREATED)
    Device createDevice(@RequestBody NewDevice body) {
        if (body.name() == null || body.name().isBlank()) {
            throw ApiException.invalid(Map.of("name", "is required"), "name is required");
        }
        return sessions.createDevice(body.name());
    }

    @PostMapping("/ipp/v1/sessions")
    Session create(@RequestBody CreateSessionRequest body) {
        OrderRules.check(body);
        return sessions.create(body);
    }

    @PutMapping("/ipp/v1/sessions/{session_id}/cancel")
    Session cancel(@PathVariable("session_id") UUID sessionId) {
        return sessions.cancel(sessionId);
    }

    @GetMapping("/ipp/v1/sessions/{session_id}")
    Session get(@PathVariable("session_id") UUID sessionId) {
        Session session = sessions.get(sessionId);
        if (session == null) {
            throw ApiException.notFound("session_id", "no session " + sessionId);
        }
        return session;
    }

    @GetMapping("/ipp/v1/sessions")
    Page newest(@RequestParam(name = "page_number", defaultValue = "0") int pageNumber,
                @RequestParam(name = "page_size", defaultValue = "20") int pageSize) {
        if (pageNumber < 0 || pageSize < 1 || pageSize > 100) {
            throw ApiException.invalid(Map.of(pageNumber < 0 ? "page_number" : "page_size", "is out of range"),
                    "page_number must be at least 0 and page_size 1 to 100");
        }
        return new Page(sessions.newest(pageNumber, pageSize), pageNumber, pageSize);
    }

    @GetMapping({"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    Health health() {
        return UP;
    }
}
