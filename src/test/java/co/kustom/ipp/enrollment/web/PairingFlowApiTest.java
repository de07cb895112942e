package co.kustom.ipp.enrollment.web;

import static co.kustom.ipp.support.Pairing.register;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API.md §6–7: a merchant creates a code, the POS app redeems it, the merchant manages the device. */
@IntegrationTest
class PairingFlowApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    TestMerchant merchant;
    Api api;
    Api app;

    @BeforeEach
    void newMerchant() {
        merchant = merchants.create();
        api = Api.at(port).as(merchant.apiKey());
        app = Api.at(port);
    }

    @Test
    void theWholePairingFlowAsThePosAppDoesIt() {
        ApiResponse enrollment = api.post("/ipp/v1/enrollments", "{\"metadata\": {\"till\": \"2\"}}");
        assertThat(enrollment.status()).as(enrollment.raw()).isEqualTo(201);
        assertThat(enrollment.text("status")).isEqualTo("PENDING");
        assertThat(enrollment.text("location_id")).isEqualTo(merchant.locationId().toString());
        assertThat(enrollment.text("enrollment_code")).matches("[A-HJKMNP-Z2-9]{8}");
        Instant expiresAt = Instant.parse(enrollment.text("expires_at"));
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofMinutes(119), Duration.ofMinutes(121));

        ApiResponse registered = register(app, enrollment.text("enrollment_code").toLowerCase(), "android-123");
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String deviceId = registered.text("id");
        String token = registered.body().path("credentials").path("bearer_token").asText();
        assertThat(token).startsWith("ippdev_");
        assertThat(registered.body().path("credentials").path("device_token").asText())
                .as("the deprecated alias").isEqualTo(token);
        assertThat(registered.body().path("credentials").path("issuedAt").asText()).isNotBlank();
        assertThat(registered.text("merchant_id")).isEqualTo(merchant.merchantId().toString());
        assertThat(registered.text("location_id")).isEqualTo(merchant.locationId().toString());
        assertThat(registered.text("hardware_id")).isEqualTo("android-123");
        assertThat(registered.text("platform")).isEqualTo("ANDROID");
        assertThat(registered.body().path("metadata").path("till").asText()).isEqualTo("2");
        assertThat(registered.body().path("simulated").asBoolean()).isFalse();

        Api device = Api.at(port).withHeader("Authorization", "Bearer " + token);
        assertThat(device.get("/ipp/v1/device/me").text("id")).isEqualTo(deviceId);

        JsonNode consumed = api.get("/ipp/v1/enrollments/" + enrollment.text("enrollment_id")).body();
        assertThat(consumed.path("status").asText()).isEqualTo("CONSUMED");
        assertThat(consumed.path("device_id").asText()).isEqualTo(deviceId);

        ApiResponse listed = api.get("/ipp/v1/devices?metadata=till:2");
        assertThat(listed.body().path("content")).hasSize(1);
        assertThat(listed.body().path("content").get(0).path("id").asText()).isEqualTo(deviceId);
        assertThat(listed.raw()).doesNotContain("device_token").doesNotContain("token_hash");

        UUID second = merchants.addLocation(merchant.merchantId(), "Second");
        ApiResponse updated = api.put("/ipp/v1/devices/" + deviceId,
                "{\"name\": \"Front till\", \"location_id\": \"" + second + "\"}");
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.text("name")).isEqualTo("Front till");
        assertThat(updated.text("location_id")).isEqualTo(second.toString());
        assertThat(updated.body().path("metadata").size()).as("metadata left out is cleared").isZero();

        ApiResponse cleared = api.put("/ipp/v1/devices/" + deviceId, "{}");
        assertThat(cleared.body().has("name")).isFalse();
        assertThat(cleared.body().has("location_id")).isFalse();

        assertThat(api.delete("/ipp/v1/devices/" + deviceId).status()).isEqualTo(204);
        assertThat(device.get("/ipp/v1/device/me").status()).isEqualTo(401);
        assertThat(api.get("/ipp/v1/devices/" + deviceId).text("status")).isEqualTo("DEREGISTERED");
        assertThat(api.get("/ipp/v1/devices").body().path("total_elements").asLong()).isZero();
        assertThat(api.delete("/ipp/v1/devices/" + deviceId).status()).as("deleting again").isEqualTo(204);
    }

    @Test
    void ofTwentyPhonesRacingForOneCodeExactlyOneRegisters() throws Exception {
        String code = api.post("/ipp/v1/enrollments", "{}").text("enrollment_code");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<ApiResponse>> phones = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String hardwareId = "phone-" + i;
                phones.add(() -> register(app, code, hardwareId));
            }
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> answer : pool.invokeAll(phones)) {
                answers.add(answer.get());
            }
            assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(a -> a.status() == 400)
                    .hasSize(19)
                    .allSatisfy(a -> assertThat(a.text("error_code")).isEqualTo("ENROLLMENT_CODE_CONSUMED"));
            assertThat(api.get("/ipp/v1/devices").body().path("total_elements").asLong()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachUnusableCodeSaysWhy() throws Exception {
        ApiResponse unknown = register(app, "ZZZZZZZZ", "hw");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("error_code")).isEqualTo("ENROLLMENT_CODE_UNKNOWN");
        assertThat(unknown.body().path("errors").has("enrollment_code")).isTrue();

        String consumed = api.post("/ipp/v1/enrollments", "{}").text("enrollment_code");
        register(app, consumed, "hw-1");
        assertThat(register(app, consumed, "hw-2").text("error_code")).isEqualTo("ENROLLMENT_CODE_CONSUMED");

        ApiResponse toCancel = api.post("/ipp/v1/enrollments", "{}");
        assertThat(api.delete("/ipp/v1/enrollments/" + toCancel.text("enrollment_id")).status()).isEqualTo(204);
        assertThat(api.delete("/ipp/v1/enrollments/" + toCancel.text("enrollment_id")).status()).isEqualTo(204);
        assertThat(register(app, toCancel.text("enrollment_code"), "hw-3").text("error_code"))
                .isEqualTo("ENROLLMENT_CODE_CANCELLED");

        ApiResponse shortLived = api.post("/ipp/v1/enrollments", "{\"expires_in\": 1000}");
        assertThat(shortLived.status()).isEqualTo(201);
        Thread.sleep(1100);
        assertThat(api.get("/ipp/v1/enrollments/" + shortLived.text("enrollment_id")).text("status"))
                .as("expired as soon as its lifetime has passed, with nothing run in between").isEqualTo("EXPIRED");
        assertThat(register(app, shortLived.text("enrollment_code"), "hw-4").text("error_code"))
                .isEqualTo("ENROLLMENT_CODE_EXPIRED");
        assertThat(api.get("/ipp/v1/devices").body().path("total_elements").asLong()).isEqualTo(1);
    }

    @Test
    void registrationNeedsItsFields() {
        ApiResponse missing = app.post("/ipp/v1/devices/register", "{\"enrollment_code\": \"ABCDEFGH\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("errors").has("hardware_id")).isTrue();
        assertThat(missing.body().path("errors").has("platform")).isTrue();
        ApiResponse badPlatform = app.post("/ipp/v1/devices/register",
                "{\"enrollment_code\": \"ABCDEFGH\", \"hardware_id\": \"x\", \"platform\": \"WINDOWS\"}");
        assertThat(badPlatform.body().path("errors").path("platform").asText()).isEqualTo("must be one of IOS, ANDROID, TERMINAL");
    }

    @Test
    void lifetimesDecideTheCodesShape() {
        ApiResponse ttl = api.post("/ipp/v1/enrollments", "{\"ttl\": \"TWENTY_FOUR_HOURS\"}");
        assertThat(ttl.status()).isEqualTo(201);
        assertThat(UUID.fromString(ttl.text("enrollment_code"))).isNotNull();
        assertThat(Duration.between(Instant.now(), Instant.parse(ttl.text("expires_at"))))
                .isBetween(Duration.ofHours(24).minusMinutes(1), Duration.ofHours(24));

        ApiResponse twoHours = api.post("/ipp/v1/enrollments", "{\"ttl\": \"TWO_HOURS\"}");
        assertThat(twoHours.text("enrollment_code")).hasSize(8);
        ApiResponse longMs = api.post("/ipp/v1/enrollments", "{\"expires_in\": 7200001}");
        assertThat(UUID.fromString(longMs.text("enrollment_code"))).isNotNull();
        assertThat(register(app, longMs.text("enrollment_code").toUpperCase(), "hw").status()).isEqualTo(201);

        assertThat(api.post("/ipp/v1/enrollments", "{\"ttl\": \"FOREVER\"}").body().path("errors").has("ttl")).isTrue();
        assertThat(api.post("/ipp/v1/enrollments", "{\"expires_in\": 10}").body().path("errors").has("expires_in")).isTrue();
        assertThat(api.post("/ipp/v1/enrollments", "{\"expires_in\": 60000, \"ttl\": \"TWO_HOURS\"}").status())
                .isEqualTo(400);
    }

    @Test
    void theEnrollmentsLocationFollowsTheLocationRule() {
        assertThat(api.post("/ipp/v1/enrollments", "{\"location_id\": \"\"}").body().path("errors").has("location_id"))
                .isTrue();
        assertThat(api.post("/ipp/v1/enrollments", "{\"location_id\": \"" + merchants.create().locationId() + "\"}")
                .body().path("errors").has("location_id")).isTrue();
        UUID second = merchants.addLocation(merchant.merchantId(), "Second");
        assertThat(api.post("/ipp/v1/enrollments", "{}").body().path("errors").has("location_id")).isTrue();
        assertThat(api.post("/ipp/v1/enrollments", "{\"location_id\": \"" + second + "\"}").text("location_id"))
                .isEqualTo(second.toString());
    }

    @Test
    void listsEnrollmentsByLocationMetadataAndConsumption() {
        UUID second = merchants.addLocation(merchant.merchantId(), "Second");
        String atMain = api.post("/ipp/v1/enrollments", "{\"location_id\": \"" + merchant.locationId()
                + "\", \"metadata\": {\"till\": \"1\", \"floor\": \"ground\"}}").text("enrollment_id");
        String atSecond = api.post("/ipp/v1/enrollments", "{\"location_id\": \"" + second
                + "\", \"metadata\": {\"till\": \"1\"}}").text("enrollment_id");
        ApiResponse consumed = api.post("/ipp/v1/enrollments", "{\"location_id\": \"" + second + "\"}");
        register(app, consumed.text("enrollment_code"), "hw");
        String cancelled = api.post("/ipp/v1/enrollments", "{\"location_id\": \"" + second + "\"}").text("enrollment_id");
        api.delete("/ipp/v1/enrollments/" + cancelled);

        assertThat(ids(api.get("/ipp/v1/enrollments")))
                .as("include_consumed defaults to true").containsExactly(consumed.text("enrollment_id"), atSecond, atMain);
        assertThat(ids(api.get("/ipp/v1/enrollments?include_consumed=false"))).containsExactly(atSecond, atMain);
        assertThat(ids(api.get("/ipp/v1/enrollments?location_id=" + second + "&include_consumed=false")))
                .containsExactly(atSecond);
        assertThat(ids(api.get("/ipp/v1/enrollments?metadata=till:1"))).containsExactly(atSecond, atMain);
        assertThat(ids(api.get("/ipp/v1/enrollments?metadata=till:1&metadata=floor:ground"))).containsExactly(atMain);
        assertThat(ids(api.get("/ipp/v1/enrollments?metadata=till:2"))).isEmpty();

        assertThat(api.get("/ipp/v1/enrollments?metadata=till:1&metadata=till:2").status()).isEqualTo(400);
        assertThat(api.get("/ipp/v1/enrollments?metadata=a:1&metadata=b:1&metadata=c:1&metadata=d:1&metadata=e:1&metadata=f:1")
                .body().path("errors").has("metadata")).isTrue();
        assertThat(api.get("/ipp/v1/enrollments?metadata=nocolon").status()).isEqualTo(400);
        assertThat(api.get("/ipp/v1/enrollments?include_consumed=maybe").body().path("errors").has("include_consumed"))
                .isTrue();
    }

    @Test
    void deletingADeviceCancelsItsOpenSession() {
        UUID device = Sessions.simulatedDevice(api);
        String session = api.post("/ipp/v1/sessions", Sessions.seedBody(device)).text("session_id");

        assertThat(api.delete("/ipp/v1/devices/" + device).status()).isEqualTo(204);

        assertThat(api.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CANCELLED");
        ApiResponse refused = api.post("/ipp/v1/sessions", Sessions.seedBody(device));
        assertThat(refused.status()).as("API.md §9: a deregistered device is a 409").isEqualTo(409);
        assertThat(refused.text("error_code")).isEqualTo("DEVICE_DEREGISTERED");
    }

    @Test
    void aDeviceUpdateIsValidated() {
        UUID device = Sessions.simulatedDevice(api);
        assertThat(api.put("/ipp/v1/devices/" + device, "{\"location_id\": \"" + merchants.create().locationId() + "\"}")
                .body().path("errors").has("location_id")).isTrue();
        assertThat(api.put("/ipp/v1/devices/" + device, "{\"metadata\": {\"k\": 1}}").status()).isEqualTo(400);
        assertThat(api.put("/ipp/v1/devices/" + UUID.randomUUID(), "{}").status()).isEqualTo(404);
        api.put("/ipp/v1/devices/" + device, "{\"name\": \"Nowhere\"}");
        ApiResponse noLocation = api.post("/ipp/v1/sessions", Sessions.seedBody(device));
        assertThat(noLocation.status()).as("API.md §9: a device standing at no location is a 409").isEqualTo(409);
        assertThat(noLocation.text("error_code")).isEqualTo("DEVICE_WITHOUT_LOCATION");
    }

    @Test
    void aDeviceTokenMustBeExact() {
        String token = co.kustom.ipp.support.Pairing.pairedDeviceToken(api, app);
        Api device = Api.at(port);
        assertThat(device.withHeader("Authorization", "Bearer " + token).get("/ipp/v1/device/me").status()).isEqualTo(200);
        assertThat(device.withHeader("Authorization", "Bearer " + token.substring(0, token.length() - 1) + "x")
                .get("/ipp/v1/device/me").status()).isEqualTo(401);
        assertThat(device.get("/ipp/v1/device/me").status()).isEqualTo(401);
        assertThat(device.as(merchant.apiKey()).get("/ipp/v1/device/me").status())
                .as("an API key is no device token").isEqualTo(401);
    }

    private static List<String> ids(ApiResponse page) {
        List<String> ids = new ArrayList<>();
        page.body().path("content").forEach(e -> ids.add(e.path("enrollment_id").asText()));
        return ids;
    }
}
