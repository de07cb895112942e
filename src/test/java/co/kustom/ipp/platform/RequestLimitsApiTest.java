package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.Pairing;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Rate and size limits, with limits small enough to reach: 429 with Retry-After, 413 before the body is read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ipp.data-dir=target/test-data/${random.uuid}",
        "ipp.limits.api-key.requests=5", "ipp.limits.api-key.per=PT1M",
        "ipp.limits.device-token.requests=3", "ipp.limits.device-token.per=PT1M",
        "ipp.limits.registration.requests=4", "ipp.limits.registration.per=PT1M",
        "ipp.limits.failed-authentication.requests=3", "ipp.limits.failed-authentication.per=PT1M",
        "ipp.limits.max-body-size=2KB"})
@Import(TestMerchants.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestLimitsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    private static void assertRateLimited(ApiResponse response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("error_code")).isEqualTo("RATE_LIMITED");
        assertThat(response.text("correlation_id")).isNotBlank();
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isPositive();
    }

    @Test
    @Order(2)
    void eachApiKeyHasItsOwnBucket() {
        Api first = Api.at(port).as(merchants.create().apiKey());
        Api second = Api.at(port).as(merchants.create().apiKey());
        for (int i = 0; i < 5; i++) {
            assertThat(first.get("/ipp/v1/locations").status()).isEqualTo(200);
        }
        assertRateLimited(first.get("/ipp/v1/locations"));
        assertThat(second.get("/ipp/v1/locations").status()).as("another key is not limited").isEqualTo(200);
    }

    /** Last: it leaves the one client address of these tests locked out. */
    @Test
    @Order(3)
    void registrationsAndFailedAuthenticationsAreLimitedPerClientAddress() {
        Api anonymous = Api.at(port);
        List<ApiResponse> guesses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            guesses.add(Pairing.register(anonymous, "NOPE" + i + "XYZ", "hw-guess-" + i));
        }
        assertThat(guesses.subList(0, 4)).allSatisfy(guess -> assertThat(guess.status()).isEqualTo(400));
        assertRateLimited(guesses.get(4));

        for (int i = 0; i < 3; i++) {
            assertThat(Api.at(port).as("kco_test_api_wrong_" + i).get("/ipp/v1/locations").status()).isEqualTo(401);
        }
        assertRateLimited(Api.at(port).as("kco_test_api_wrong_again").get("/ipp/v1/locations"));
        TestMerchant valid = merchants.create();
        assertRateLimited(Api.at(port).as(valid.apiKey()).get("/ipp/v1/locations"));
    }

    @Test
    @Order(1)
    void aBodyAboveTheLimitIsA413() {
        Api api = Api.at(port).as(merchants.create().apiKey());
        ApiResponse tooLarge = api.post("/ipp/v1/dev/devices", "{\"name\": \"" + "x".repeat(3000) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.text("error_code")).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(api.get("/ipp/v1/devices").body().path("total_elements").asInt())
                .as("nothing was created").isZero();
    }
}
