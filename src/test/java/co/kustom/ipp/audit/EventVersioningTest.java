package co.kustom.ipp.audit;

import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events are versioned: every event class has a revision, and an older stored form is still read. */
@IntegrationTest
class EventVersioningTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEventClassHasARevision() throws Exception {
        Set<Class<?>> events = new HashSet<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Object.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("co.kustom.ipp")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                boolean handlesEvents = method.isAnnotationPresent(EventHandler.class)
                        || method.isAnnotationPresent(EventSourcingHandler.class)
                        || method.isAnnotationPresent(org.axonframework.modelling.saga.SagaEventHandler.class);
                if (handlesEvents && method.getParameterCount() > 0) {
                    events.add(method.getParameterTypes()[0]);
                }
            }
        }
        assertThat(events).hasSizeGreaterThanOrEqualTo(21);
        assertThat(events).allSatisfy(event ->
                assertThat(event.isAnnotationPresent(Revision.class)).as(event.getName() + " has a @Revision").isTrue());
    }

    /**
     * A SessionCancelled stored as revision 1 (before it carried the order) is read through the upcaster; without
     * it the event store refuses the event, as a field of the class is missing from it.
     */
    @Test
    void aRevisionOneSessionCancelledIsStillRead() {
        var merchant = merchants.create();
        Api api = Api.at(port).as(merchant.apiKey());
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        String revisionOne = """
                {"sessionId":"%s","merchantId":"%s","deviceId":"%s","cancelledAt":"%s"}"""
                .formatted(session, merchant.merchantId(), device, Instant.now());
        jdbc.update("""
                insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                    event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp)
                values (nextval('domain_event_entry_seq'), ?, 1, 'Session', ?,
                    'co.kustom.ipp.session.api.SessionCancelled', '1', ?, ?, ?)""",
                session, UUID.randomUUID().toString(), revisionOne.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), Instant.now().toString());

        ApiResponse history = api.get("/ipp/v1/sessions/" + session + "/events");
        assertThat(history.status()).as(history.raw()).isEqualTo(200);
        JsonNode cancelled = history.body().get(1);
        assertThat(cancelled.path("type").asText()).isEqualTo("SessionCancelled");
        assertThat(cancelled.path("payload").has("order_id")).as("null, so left out like every null").isFalse();
        assertThat(cancelled.path("payload").path("device_id").asText()).isEqualTo(device.toString());

        ApiResponse again = api.put("/ipp/v1/sessions/" + session + "/cancel", null);
        assertThat(again.text("error_code")).as("the aggregate is rebuilt from the upcast event")
                .isEqualTo("SESSION_NOT_CANCELLABLE");
    }

    /** A DeviceUpdated stored as revision 1 (before open_cash_register_id) is read through its upcaster. */
    @Test
    void aRevisionOneDeviceUpdatedIsStillRead() {
        var merchant = merchants.create();
        Api api = Api.at(port).as(merchant.apiKey());
        UUID device = Sessions.simulatedDevice(api);
        String revisionOne = """
                {"deviceId":"%s","merchantId":"%s","name":"Renamed","metadata":{},"locationId":"%s","updatedAt":"%s"}"""
                .formatted(device, merchant.merchantId(), merchant.locationId(), Instant.now());
        jdbc.update("""
                insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                    event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp)
                values (nextval('domain_event_entry_seq'), ?, 1, 'Device', ?,
                    'co.kustom.ipp.device.api.DeviceUpdated', '1', ?, ?, ?)""",
                device.toString(), UUID.randomUUID().toString(), revisionOne.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), Instant.now().toString());

        ApiResponse updated = api.put("/ipp/v1/devices/" + device, """
                {"name": "Till 9", "location_id": "%s", "open_cash_register_id": 3}""".formatted(merchant.locationId()));

        assertThat(updated.status()).as("the aggregate is rebuilt from the upcast event: " + updated.raw()).isEqualTo(200);
        assertThat(updated.body().path("open_cash_register_id").asInt()).isEqualTo(3);
    }
}
