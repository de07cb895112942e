package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestMerchants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API.md §3: whatever goes wrong, the answer is a problem body with an error code and a correlation id. */
@IntegrationTest
class ErrorResponsesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    Api api;

    @BeforeEach
    void newMerchant() {
        api = Api.at(port).as(merchants.create().apiKey());
    }

    private static void assertProblem(ApiResponse response, int status, String errorCode) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.text("title")).isNotBlank();
        assertThat(response.text("error_code")).isEqualTo(errorCode);
        assertThat(response.text("correlation_id"))
                .isEqualTo(response.headers().firstValue("Correlation-Id").orElseThrow());
        assertThat(response.raw()).doesNotContain("Exception").doesNotContain("at co.kustom");
    }

    @Test
    void malformedJsonIsA400() {
        ApiResponse response = api.post("/ipp/v1/sessions", "{\"device_id\": ");
        assertProblem(response, 400, "INVALID_JSON");
        assertThat(response.body().path("errors").has("body")).isTrue();
    }

    @Test
    void aMissingBodyIsA400() {
        assertProblem(api.send("POST", "/ipp/v1/dev/devices", ""), 400, "BAD_VALUE");
    }

    @Test
    void aWrongTypeIsA400NamingTheField() {
        ApiResponse response = api.post("/ipp/v1/dev/devices", "{\"name\": 42}");
        assertProblem(response, 400, "BAD_VALUE");
        assertThat(response.body().path("errors").path("name").asText()).isEqualTo("must be a string");
    }

    @Test
    void aWrongTypeInsideAListNamesThePath() {
        ApiResponse response = api.post("/ipp/v1/sessions", "{\"order_items\": [{\"quantity\": \"two\"}]}");
        assertProblem(response, 400, "BAD_VALUE");
        assertThat(response.body().path("errors").has("order_items[0].quantity")).as(response.raw()).isTrue();
    }

    @Test
    void aBadUuidInABodyPathOrQueryNamesIt() {
        assertThat(api.post("/ipp/v1/dev/devices", "{\"name\": \"x\", \"location_id\": \"nope\"}")
                .body().path("errors").has("location_id")).isTrue();
        assertThat(api.get("/ipp/v1/devices/nope").body().path("errors").has("device_id")).isTrue();
        ApiResponse query = api.get("/ipp/v1/devices?location_id=nope");
        assertProblem(query, 400, "BAD_VALUE");
        assertThat(query.body().path("errors").has("location_id")).isTrue();
    }

    @Test
    void badPagingIsA400NamingTheParameter() {
        assertThat(api.get("/ipp/v1/locations?page_size=0").body().path("errors").has("page_size")).isTrue();
        assertThat(api.get("/ipp/v1/locations?page_size=101").body().path("errors").has("page_size")).isTrue();
        assertThat(api.get("/ipp/v1/locations?page_number=-1").body().path("errors").has("page_number")).isTrue();
        assertThat(api.get("/ipp/v1/locations?page_number=x").body().path("errors").has("page_number")).isTrue();
    }

    @Test
    void unknownPathsMethodsAndMediaTypes() {
        assertProblem(api.get("/ipp/v1/no-such-thing"), 404, "NOT_FOUND");
        assertProblem(api.delete("/ipp/v1/locations"), 405, "METHOD_NOT_ALLOWED");
        ApiResponse wrongType = api.withHeader("Content-Type", "text/plain").send("POST", "/ipp/v1/dev/devices", null);
        assertProblem(wrongType, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(api.withHeader("Accept", "application/xml").get("/ipp/v1/locations"), 406, "NOT_ACCEPTABLE");
    }

    @Test
    void aCallersCorrelationIdIsKept() {
        ApiResponse response = api.withHeader("Correlation-Id", "pos-trace-0001").get("/ipp/v1/locations");
        assertThat(response.headers().firstValue("Correlation-Id")).contains("pos-trace-0001");
    }
}
