package co.kustom.ipp.audit;

import static co.kustom.ipp.support.Sessions.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.session.api.ExpireSession;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Wiping every projection and replaying the event store gives the same views, row for row, and nothing else. */
@IntegrationTest
@TestPropertySource(properties = "ipp.admin-token=operator-secret-token")
class ProjectionRebuildTest {

    private static final int SESSIONS_PER_STATE = 50;
    private static final List<String> VIEW_TABLES = List.of("merchant_view", "api_key_view", "location_view",
            "enrollment_view", "device_view", "session_view");

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Commands commands;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    ProjectionCopies copies;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aRebuildFromTheEventStoreGivesIdenticalViewsAndTriggersNothing() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            Api api = Api.at(port).as(merchants.create().apiKey());
            api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}");
            createSessionsInEveryState(api);
            api.post("/ipp/v1/enrollments", "{\"metadata\": {\"till\": \"9\"}}");
            String deleted = api.post("/portal/v1/locations", "{\"name\": \"Popup\", \"country\": \"NO\"}").text("id");
            api.delete("/portal/v1/locations/" + deleted);
            api.post("/portal/v1/api-keys", "{\"label\": \"second\"}");

            int callbacks = receiver.await(r -> true, callbackCount(), Duration.ofSeconds(60)).size();
            Map<String, List<Map<String, Object>>> before = snapshot();
            long deliveries = count("callback_delivery");
            long deadlines = count("scheduled_tasks");
            assertThat(before.get("session_view")).hasSizeGreaterThanOrEqualTo(5 * SESSIONS_PER_STATE);

            for (String table : VIEW_TABLES) {
                jdbc.execute("truncate " + table);
            }
            Api operator = Api.at(port).withHeader("Authorization", "Bearer operator-secret-token");
            ApiResponse started = operator.post("/admin/v1/projections/rebuild", null);
            assertThat(started.status()).as(started.raw()).isEqualTo(202);
            assertThat(started.text("state")).isEqualTo("RUNNING");
            assertThat(started.body().path("events_total").asLong()).isPositive();

            ApiResponse finished = awaitRebuild(operator);
            assertThat(finished.text("state")).as(finished.raw()).isEqualTo("COMPLETED");
            assertThat(finished.body().path("events_done").asLong())
                    .isEqualTo(finished.body().path("events_total").asLong())
                    .isGreaterThanOrEqualTo(count("domain_event_entry"));
            assertThat(finished.body().path("events_per_second").asLong()).isPositive();

            assertThat(snapshot()).isEqualTo(before);
            assertThat(count("callback_delivery")).as("no callback recorded by the replay").isEqualTo(deliveries);
            assertThat(count("scheduled_tasks")).as("no deadline scheduled by the replay").isEqualTo(deadlines);
            String marker = session(api, Sessions.simulatedDevice(api), 900);
            receiver.await(r -> r.sessionId().equals(marker), 1, Duration.ofSeconds(20));
            assertThat(receiver.received()).as("no callback sent by the replay, only the one sent after it")
                    .hasSize(callbacks + 1);
            assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata where schema_name like 'ipp_replay%'",
                    Long.class)).isZero();
            assertThat(api.get("/ipp/v1/sessions?status=EXPIRED").body().path("total_elements").asLong())
                    .isEqualTo(SESSIONS_PER_STATE);
        }
    }

    @Test
    void theViewsKeepAnsweringAndCommandsKeepWorkingWhileARebuildRuns() throws Exception {
        Api api = Api.at(port).as(merchants.create().apiKey());
        UUID device = Sessions.simulatedDevice(api);
        String before = session(api, device, 700);
        api.put("/ipp/v1/sessions/" + before + "/cancel", null);
        Api operator = Api.at(port).withHeader("Authorization", "Bearer operator-secret-token");
        assertThat(operator.post("/admin/v1/projections/rebuild", null).status()).isEqualTo(202);

        String during = session(api, device, 800);
        ApiResponse readDuring = api.get("/ipp/v1/sessions/" + before);
        assertThat(readDuring.status()).as("the current views answer during the rebuild").isEqualTo(200);
        assertThat(readDuring.text("status")).isEqualTo("CANCELLED");
        assertThat(api.get("/ipp/v1/sessions/" + during).text("status"))
                .as("a command's answer waits until the views show it").isEqualTo("CREATED");

        assertThat(awaitRebuild(operator).text("state")).isEqualTo("COMPLETED");
        assertThat(api.get("/ipp/v1/sessions/" + during).text("status")).isEqualTo("CREATED");
        assertThat(api.get("/ipp/v1/sessions/" + before).text("status")).isEqualTo("CANCELLED");
    }

    @Test
    void aReplayThatEndedBeforeACrashIsSwappedInAtTheNextStart() {
        Api api = Api.at(port).as(merchants.create().apiKey());
        UUID location = UUID.fromString(
                api.post("/portal/v1/locations", "{\"name\": \"Kiosk\", \"country\": \"SE\"}").text("id"));
        // what a crash leaves between the end of a replay and its swap: complete copies, and views not swapped yet
        copies.create("location-view", List.of("location_view"));
        jdbc.execute("insert into " + ProjectionCopies.schema("location-view") + ".location_view "
                + "select * from location_view");
        jdbc.update("delete from location_view where location_id = ?", location);

        rebuild.resumeUnfinished();

        assertThat(jdbc.queryForObject("select count(*) from location_view where location_id = ?", Long.class,
                location)).isOne();
        assertThat(copies.rebuilding()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata where schema_name like 'ipp_replay%'",
                Long.class)).isZero();
        assertThat(processing.eventProcessor("location-view", StreamingEventProcessor.class).orElseThrow().isRunning())
                .isTrue();
    }

    @Test
    void onlyTheOperatorRebuilds() {
        assertThat(Api.at(port).as(merchants.create().apiKey()).post("/admin/v1/projections/rebuild", null).status())
                .isEqualTo(401);
    }

    private int sessionCount;
    private int callbackTotal;

    private int callbackCount() {
        return callbackTotal;
    }

    /** CREATED, ACTIVE, FINALIZED, CANCELLED, EXPIRED and FAILED sessions, on real and simulated devices. */
    private void createSessionsInEveryState(Api api) {
        PairedDevice phone = PairedDevice.pair(api, Api.at(port));
        for (int i = 0; i < SESSIONS_PER_STATE; i++) {
            UUID device = Sessions.simulatedDevice(api);
            String paid = session(api, device, 1000 + i);
            api.post("/ipp/v1/dev/sessions/" + paid + "/simulate-tap?outcome=INSUFFICIENT_FUNDS", null);
            api.post("/ipp/v1/dev/sessions/" + paid + "/simulate-tap", null);
            callbackTotal += 4;
            String cancelled = session(api, device, 2000 + i);
            api.put("/ipp/v1/sessions/" + cancelled + "/cancel", null);
            callbackTotal += 2;
            String failed = session(api, device, 3000 + i);
            for (int attempt = 0; attempt < 3; attempt++) {
                api.post("/ipp/v1/dev/sessions/" + failed + "/simulate-scan?method=KLARNA&outcome=DECLINED", null);
            }
            callbackTotal += 6;
            String expired = session(api, device, 4000 + i);
            commands.sendAndWait(new ExpireSession(UUID.fromString(expired)));
            callbackTotal += 2;
            String open = session(api, device, 5000 + i);
            if (i % 2 == 0) {
                api.post("/ipp/v1/dev/sessions/" + open + "/simulate-tap?outcome=LOST_CARD", null);
                callbackTotal += 2;
            }
            callbackTotal += 1;
        }
        String onPhone = session(api, phone.deviceId(), 6000);
        phone.app().post("/ipp/v1/device/sessions/" + onPhone + "/activate", "{\"payment_method\": \"CARD\"}");
        callbackTotal += 2;
    }

    private String session(Api api, UUID device, long amount) {
        sessionCount++;
        return api.post("/ipp/v1/sessions", body(device, amount)).text("session_id");
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        for (String table : VIEW_TABLES) {
            List<Map<String, Object>> content = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table + " order by 1")) {
                Map<String, Object> comparable = new HashMap<>();
                row.forEach((column, value) -> comparable.put(column, value == null ? null : value.toString()));
                content.add(comparable);
            }
            rows.put(table, content);
        }
        return rows;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static ApiResponse awaitRebuild(Api operator) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            ApiResponse progress = operator.get("/admin/v1/projections/rebuild");
            if (!"RUNNING".equals(progress.text("state"))) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rebuild did not finish within a minute");
    }
}
