package co.kustom.ipp.merchant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API.md §10: what the merchant portal does, over its API. */
@IntegrationTest
class PortalApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    TestMerchant merchant;
    Api api;

    @BeforeEach
    void newMerchant() {
        merchant = merchants.create();
        api = Api.at(port).as(merchant.apiKey());
    }

    @Test
    void createsReplacesAndDeletesLocations() {
        ApiResponse created = api.post("/portal/v1/locations", """
                {"name": "Airport", "street_address": "Terminal 5", "postal_code": "190 45",
                 "city": "Stockholm-Arlanda", "country": "SE"}""");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.text("id");
        assertThat(api.get("/ipp/v1/locations/" + id).text("city")).isEqualTo("Stockholm-Arlanda");

        ApiResponse replaced = api.put("/portal/v1/locations/" + id, "{\"name\": \"Airport T2\", \"country\": \"SE\"}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.text("name")).isEqualTo("Airport T2");
        assertThat(replaced.body().has("street_address")).as("replaced, not patched").isFalse();

        assertThat(api.delete("/portal/v1/locations/" + id).status()).isEqualTo(204);
        assertThat(api.get("/ipp/v1/locations/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/portal/v1/locations/" + id).status()).isEqualTo(404);
    }

    @Test
    void aLocationNeedsANameAndAnIsoCountry() {
        ApiResponse invalid = api.post("/portal/v1/locations", "{\"country\": \"Sweden\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").has("name")).isTrue();
        assertThat(api.post("/portal/v1/locations", "{\"name\": \"x\", \"country\": \"Sweden\"}")
                .body().path("errors").has("country")).isTrue();
    }

    @Test
    void aLocationWhereADeviceStandsCannotBeDeleted() {
        UUID device = Sessions.simulatedDevice(api);
        ApiResponse refused = api.delete("/portal/v1/locations/" + merchant.locationId());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("error_code")).isEqualTo("LOCATION_IN_USE");

        api.delete("/ipp/v1/devices/" + device);
        assertThat(api.delete("/portal/v1/locations/" + merchant.locationId()).status()).isEqualTo(204);
    }

    @Test
    void theCallbackEndpointsSecretIsShownOnceAndRotated() {
        assertThat(api.get("/portal/v1/callback-endpoint").status()).isEqualTo(404);
        assertThat(api.post("/portal/v1/callback-endpoint/rotate-secret", null).text("error_code"))
                .isEqualTo("CALLBACK_ENDPOINT_NOT_CONFIGURED");

        ApiResponse configured = api.put("/portal/v1/callback-endpoint", "{\"url\": \"https://pos.example.com/hooks\"}");
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        assertThat(configured.text("url")).isEqualTo("https://pos.example.com/hooks");
        String secret = configured.text("secret");
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");

        ApiResponse read = api.get("/portal/v1/callback-endpoint");
        assertThat(read.text("url")).isEqualTo("https://pos.example.com/hooks");
        assertThat(read.body().has("secret")).isFalse();

        ApiResponse moved = api.put("/portal/v1/callback-endpoint", "{\"url\": \"http://localhost:9999/hooks\"}");
        assertThat(moved.text("url")).isEqualTo("http://localhost:9999/hooks");
        assertThat(moved.body().has("secret")).as("changing the URL keeps the secret").isFalse();

        ApiResponse rotated = api.post("/portal/v1/callback-endpoint/rotate-secret", null);
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.text("secret")).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(rotated.text("secret_rotated_at")).isNotBlank();
    }

    @Test
    void theCallbackUrlMustBeAnAbsoluteHttpUrl() {
        for (String url : new String[] {"not a url", "/relative", "ftp://example.com/x", "https://"}) {
            ApiResponse refused = api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + url + "\"}");
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.body().path("errors").has("url")).isTrue();
        }
    }

    @Test
    void apiKeysAreCreatedListedWithoutSecretsAndRevoked() {
        ApiResponse created = api.post("/portal/v1/api-keys", "{\"label\": \"reconciliation job\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String newKey = created.text("api_key");
        assertThat(newKey).startsWith("kco_test_api_");
        Api withNewKey = Api.at(port).as(newKey);
        assertThat(withNewKey.get("/ipp/v1/locations").status()).isEqualTo(200);

        ApiResponse listed = api.get("/portal/v1/api-keys");
        assertThat(listed.body().path("total_elements").asLong()).isEqualTo(2);
        assertThat(listed.raw()).doesNotContain(newKey).doesNotContain(merchant.apiKey()).doesNotContain("key_hash");
        assertThat(listed.body().path("content").get(1).path("label").asText()).isEqualTo("reconciliation job");
        assertThat(listed.body().path("content").get(1).path("hint").asText()).isEqualTo(newKey.substring(0, 17) + "…");

        String firstKeyId = listed.body().path("content").get(0).path("id").asText();
        assertThat(withNewKey.delete("/portal/v1/api-keys/" + firstKeyId).status()).isEqualTo(204);
        assertThat(api.get("/ipp/v1/locations").status()).as("a revoked key is refused at once").isEqualTo(401);

        ApiResponse last = withNewKey.delete("/portal/v1/api-keys/" + created.text("id"));
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.text("error_code")).isEqualTo("LAST_API_KEY");
        assertThat(withNewKey.delete("/portal/v1/api-keys/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void theOperatorApiIsClosedWithoutAnOperatorToken() {
        ApiResponse closed = Api.at(port).withHeader("Authorization", "Bearer anything")
                .post("/admin/v1/merchants", "{\"name\": \"x\"}");
        assertThat(closed.status()).isEqualTo(401);
        assertThat(closed.text("detail")).contains("IPP_ADMIN_TOKEN");
        assertThat(api.post("/admin/v1/merchants", "{\"name\": \"x\"}").status()).isEqualTo(401);
    }
}
