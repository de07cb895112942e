package co.kustom.ipp.device.web;

import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.device.api.DeregisterDevice;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DevicesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CommandGateway gateway;

    @Test
    void createsASimulatedDeviceAtTheMerchantsOnlyLocation() {
        TestMerchant merchant = merchants.create();
        ApiResponse device = Api.at(port).as(merchant.apiKey())
                .post("/ipp/v1/dev/devices", "{\"name\": \"Till 1\", \"metadata\": {\"register\": \"7\"}}");

        assertThat(device.status()).as(device.raw()).isEqualTo(201);
        assertThat(device.text("id")).isNotBlank();
        assertThat(device.text("merchant_id")).isEqualTo(merchant.merchantId().toString());
        assertThat(device.text("location_id")).isEqualTo(merchant.locationId().toString());
        assertThat(device.text("name")).isEqualTo("Till 1");
        assertThat(device.text("hardware_id")).startsWith("simulated-");
        assertThat(device.text("status")).isEqualTo("ACTIVE");
        assertThat(device.body().path("simulated").asBoolean()).isTrue();
        assertThat(device.body().path("metadata").path("simulated").asText()).isEqualTo("true");
        assertThat(device.body().path("metadata").path("register").asText()).isEqualTo("7");
        assertThat(device.text("created_at")).isNotBlank();
    }

    @Test
    void aSimulatedDeviceNeedsANameAndTheMerchantsOwnLocation() {
        TestMerchant merchant = merchants.create();
        Api api = Api.at(port).as(merchant.apiKey());

        assertThat(api.post("/ipp/v1/dev/devices", "{}").body().path("errors").has("name")).isTrue();
        assertThat(api.post("/ipp/v1/dev/devices", "{\"name\": \"  \"}").body().path("errors").has("name")).isTrue();
        ApiResponse foreign = api.post("/ipp/v1/dev/devices",
                "{\"name\": \"x\", \"location_id\": \"" + merchants.create().locationId() + "\"}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body().path("errors").has("location_id")).isTrue();

        merchants.addLocation(merchant.merchantId(), "Second");
        ApiResponse ambiguous = api.post("/ipp/v1/dev/devices", "{\"name\": \"x\"}");
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.body().path("errors").has("location_id")).isTrue();
    }

    @Test
    void listsAndGetsTheMerchantsDevices() {
        TestMerchant merchant = merchants.create();
        UUID second = merchants.addLocation(merchant.merchantId(), "Second");
        Api api = Api.at(port).as(merchant.apiKey());
        String first = api.post("/ipp/v1/dev/devices",
                "{\"name\": \"A\", \"location_id\": \"" + merchant.locationId() + "\"}").text("id");
        String other = api.post("/ipp/v1/dev/devices",
                "{\"name\": \"B\", \"location_id\": \"" + second + "\"}").text("id");

        ApiResponse all = api.get("/ipp/v1/devices");
        assertThat(all.body().path("total_elements").asLong()).isEqualTo(2);
        assertThat(all.body().path("content").get(0).path("id").asText()).isEqualTo(first);

        ApiResponse atSecond = api.get("/ipp/v1/devices?location_id=" + second);
        assertThat(atSecond.body().path("content")).hasSize(1);
        assertThat(atSecond.body().path("content").get(0).path("id").asText()).isEqualTo(other);

        ApiResponse one = api.get("/ipp/v1/devices/" + first);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text("name")).isEqualTo("A");
    }

    @Test
    void anotherMerchantsDeviceIsNotFoundAndNotListed() {
        TestMerchant owner = merchants.create();
        String device = Api.at(port).as(owner.apiKey()).post("/ipp/v1/dev/devices", "{\"name\": \"A\"}").text("id");
        Api intruder = Api.at(port).as(merchants.create().apiKey());

        assertThat(intruder.get("/ipp/v1/devices/" + device).status()).isEqualTo(404);
        assertThat(intruder.get("/ipp/v1/devices").body().path("total_elements").asLong()).isZero();
        assertThat(intruder.get("/ipp/v1/devices?location_id=" + owner.locationId()).body().path("total_elements")
                .asLong()).isZero();
    }

    @Test
    void aDedicatedTerminalRegistersLikeAPhone() {
        Api api = Api.at(port).as(merchants.create().apiKey());
        String code = api.post("/ipp/v1/enrollments", "{}").text("enrollment_code");

        ApiResponse registered = Api.at(port).post("/ipp/v1/devices/register", """
                {"enrollment_code": "%s", "hardware_id": "terminal-1", "platform": "TERMINAL"}""".formatted(code));

        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        assertThat(registered.text("platform")).isEqualTo("TERMINAL");
        assertThat(api.get("/ipp/v1/devices/" + registered.text("id")).text("platform")).isEqualTo("TERMINAL");
    }

    /** One command deletes the device; its session is cancelled by a policy, and the answer waits for that too. */
    @Test
    void deletingADeviceCancelsItsActiveSessionBeforeTheAnswer() {
        Api api = Api.at(port).as(merchants.create().apiKey());
        String apiKeyId = api.get("/portal/v1/api-keys").body().path("content").get(0).path("id").asText();
        PairedDevice phone = PairedDevice.pair(api, Api.at(port));
        String session = api.post("/ipp/v1/sessions", seedBody(phone.deviceId())).text("session_id");
        phone.app().post("/ipp/v1/device/sessions/" + session + "/activate", "{\"payment_method\": \"CARD\"}");

        assertThat(api.delete("/ipp/v1/devices/" + phone.deviceId()).status()).isEqualTo(204);

        assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CANCELLED");
        JsonNode history = api.get("/ipp/v1/sessions/" + session + "/events").body();
        JsonNode cancelled = history.get(history.size() - 1);
        assertThat(cancelled.path("type").asText()).isEqualTo("SessionCancelled");
        assertThat(cancelled.path("caused_by").path("type").asText()).as("the deletion's causer").isEqualTo("api_key");
        assertThat(cancelled.path("caused_by").path("id").asText()).isEqualTo(apiKeyId);
        assertThat(api.delete("/ipp/v1/devices/" + phone.deviceId()).status()).as("deleting again").isEqualTo(204);
        assertThat(api.get("/ipp/v1/sessions/" + session + "/events").body()).hasSize(history.size());
    }

    /**
     * What a crash right after the deregistration leaves: the device deleted, the policy not run yet. The policy's
     * processor finds the event where its token stopped, whenever it runs next, and cancels the session then.
     */
    @Test
    void aSessionLeftOpenByADeletionIsCancelledWhenThePolicyRunsAgain() throws InterruptedException {
        TestMerchant merchant = merchants.create();
        Api api = Api.at(port).as(merchant.apiKey());
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        StreamingEventProcessor policy = processing
                .eventProcessor("deleted-device-policy", StreamingEventProcessor.class).orElseThrow();

        policy.shutDown();
        try {
            gateway.sendAndWait(new DeregisterDevice(device, merchant.merchantId()));
            assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CREATED");
        } finally {
            policy.start();
        }

        assertThat(statusWithin(api, session, "CANCELLED", Duration.ofSeconds(10))).isEqualTo("CANCELLED");
    }

    private static String statusWithin(Api api, String session, String expected, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String status = api.get("/ipp/v1/sessions/" + session).text("status");
        while (!expected.equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            status = api.get("/ipp/v1/sessions/" + session).text("status");
        }
        return status;
    }
}
