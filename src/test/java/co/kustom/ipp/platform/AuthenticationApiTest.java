package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API.md §2: the forms of merchant credentials, and what each wrong one answers. */
@IntegrationTest
class AuthenticationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    TestMerchant merchant;

    @BeforeEach
    void newMerchant() {
        merchant = merchants.create();
    }

    private ApiResponse locationsWith(String authorization) {
        return Api.at(port).withHeader("Authorization", authorization).get("/ipp/v1/locations");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private void assertSeesOwnLocation(ApiResponse response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().path("content").get(0).path("id").asText()).isEqualTo(merchant.locationId().toString());
    }

    private static void assertUnauthorized(ApiResponse response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("error_code")).isEqualTo("UNAUTHORIZED");
        assertThat(response.text("correlation_id")).isNotBlank();
    }

    @Test
    void acceptsTheRawKey() {
        assertSeesOwnLocation(locationsWith("Basic " + merchant.apiKey()));
    }

    @Test
    void acceptsBase64OfMerchantIdAndKey() {
        assertSeesOwnLocation(locationsWith("Basic " + base64(merchant.merchantId() + ":" + merchant.apiKey())));
    }

    @Test
    void acceptsBase64OfKeyWithAnEmptyUsername() {
        assertSeesOwnLocation(locationsWith("Basic " + base64(":" + merchant.apiKey())));
    }

    @Test
    void refusesAUsernameThatIsNotTheKeysMerchant() {
        TestMerchant other = merchants.create();
        assertUnauthorized(locationsWith("Basic " + base64(other.merchantId() + ":" + merchant.apiKey())));
    }

    @Test
    void refusesMissingUnknownAndMalformedCredentials() {
        assertUnauthorized(Api.at(port).get("/ipp/v1/locations"));
        assertUnauthorized(locationsWith("Basic kco_test_api_unknownunknownunknownunknown00"));
        assertUnauthorized(locationsWith("Basic %%%not-base64%%%"));
        assertUnauthorized(locationsWith("Bearer " + merchant.apiKey()));
    }

    @Test
    void refusesAKeyOfTheOtherEnvironment() {
        String liveKey = merchant.apiKey().replace("kco_test_api_", "kco_live_api_");
        ApiResponse response = locationsWith("Basic " + liveKey);
        assertUnauthorized(response);
        assertThat(response.text("detail")).contains("playground");
    }

    @Test
    void anXMerchantIdOfAnotherMerchantIsForbidden() {
        Api api = Api.at(port).as(merchant.apiKey());
        assertThat(api.withHeader("x-merchant-id", merchant.merchantId().toString()).get("/ipp/v1/locations").status())
                .isEqualTo(200);
        ApiResponse forbidden = api.withHeader("x-merchant-id", merchants.create().merchantId().toString())
                .get("/ipp/v1/locations");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text("error_code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void healthAndTheApiDocumentNeedNoCredentials() {
        ApiResponse health = Api.at(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.raw()).as("no details in public").doesNotContain("\"details\"").doesNotContain("path");
        assertThat(Api.at(port).get("/actuator/health/liveness").text("status")).isEqualTo("UP");
        assertThat(Api.at(port).get("/actuator/health/readiness").text("status")).isEqualTo("UP");
        assertThat(Api.at(port).get("/v3/api-docs").status()).isEqualTo(200);
    }
}
