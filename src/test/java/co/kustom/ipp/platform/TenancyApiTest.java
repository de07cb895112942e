package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API.md §2: another merchant's id answers 404 on every resource, exactly like an id that does not exist. */
@IntegrationTest
class TenancyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    @Test
    void merchantBsKeyFindsNoneOfMerchantAsResources() {
        TestMerchant a = merchants.create();
        Api asA = Api.at(port).as(a.apiKey());
        UUID device = Sessions.simulatedDevice(asA);
        String session = asA.post("/ipp/v1/sessions", Sessions.seedBody(device)).text("session_id");
        String enrollment = asA.post("/ipp/v1/enrollments", "{}").text("enrollment_id");
        String apiKey = asA.get("/portal/v1/api-keys").body().path("content").get(0).path("id").asText();

        Api asB = Api.at(port).as(merchants.create().apiKey());
        record Call(String method, String path, String body) {
        }
        List<Call> calls = List.of(
                new Call("GET", "/ipp/v1/locations/" + a.locationId(), null),
                new Call("PUT", "/portal/v1/locations/" + a.locationId(), "{\"name\": \"Mine\", \"country\": \"SE\"}"),
                new Call("DELETE", "/portal/v1/locations/" + a.locationId(), null),
                new Call("GET", "/ipp/v1/devices/" + device, null),
                new Call("PUT", "/ipp/v1/devices/" + device, "{\"name\": \"Mine\"}"),
                new Call("DELETE", "/ipp/v1/devices/" + device, null),
                new Call("GET", "/ipp/v1/enrollments/" + enrollment, null),
                new Call("DELETE", "/ipp/v1/enrollments/" + enrollment, null),
                new Call("GET", "/ipp/v1/sessions/" + session, null),
                new Call("PUT", "/ipp/v1/sessions/" + session + "/cancel", null),
                new Call("DELETE", "/portal/v1/api-keys/" + apiKey, null));

        for (Call call : calls) {
            ApiResponse foreign = asB.send(call.method(), call.path(), call.body());
            ApiResponse unknown = asB.send(call.method(), call.path().replaceAll(
                    "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", UUID.randomUUID().toString()), call.body());
            assertThat(foreign.status()).as(call + " " + foreign.raw()).isEqualTo(404);
            assertThat(foreign.text("error_code")).isEqualTo(unknown.text("error_code"));
        }

        assertThat(asB.get("/ipp/v1/devices").body().path("total_elements").asLong()).isZero();
        assertThat(asB.get("/ipp/v1/enrollments").body().path("total_elements").asLong()).isZero();
        assertThat(asA.get("/ipp/v1/sessions/" + session).text("status")).isEqualTo("CREATED");
        assertThat(asA.get("/ipp/v1/devices/" + device).text("status")).isEqualTo("ACTIVE");
        assertThat(asA.get("/ipp/v1/enrollments/" + enrollment).text("status")).isEqualTo("PENDING");
        assertThat(asA.get("/ipp/v1/locations/" + a.locationId()).text("name")).isEqualTo("Main store");
    }
}
