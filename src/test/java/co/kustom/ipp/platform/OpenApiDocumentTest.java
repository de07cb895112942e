package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void describesEveryEndpointWithTheApiFieldNames() {
        JsonNode document = Api.at(port).get("/v3/api-docs").body();
        JsonNode paths = document.path("paths");

        assertThat(paths.path("/ipp/v1/sessions").has("post")).isTrue();
        assertThat(paths.path("/ipp/v1/sessions/{session_id}").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/sessions/{session_id}/cancel").has("put")).isTrue();
        assertThat(paths.path("/ipp/v1/locations").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/locations/{location_id}").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/devices").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/devices/{device_id}").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/dev/devices").has("post")).isTrue();
        assertThat(paths.path("/ipp/v1/locations").path("get").path("parameters").toString())
                .contains("page_number").contains("page_size");

        assertThat(paths.path("/ipp/v1/device/sessions/next").path("get").path("security").toString())
                .contains("deviceToken");
        assertThat(paths.path("/admin/v1/merchants").path("post").path("security").toString()).contains("operatorToken");
        assertThat(document.path("security").toString()).as("merchant endpoints take an API key").contains("apiKey");

        JsonNode session = document.path("components").path("schemas").path("SessionDto").path("properties");
        assertThat(session.has("session_id")).isTrue();
        assertThat(session.has("order_items")).isTrue();
        assertThat(session.has("merchant_reference1")).isTrue();
        assertThat(session.has("purchase_started_at")).isTrue();
        assertThat(document.path("components").path("schemas").path("CreateSessionRequest").path("properties")
                .has("order_tax_amount")).isTrue();
    }
}
