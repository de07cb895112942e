package co.kustom.ipp.playground;

import static co.kustom.ipp.support.EventStreamLines.nextData;
import static co.kustom.ipp.support.EventStreamLines.nextEvent;
import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /ipp/v1/dev/devices/{id}/events: a simulated device's session stream, for the merchant's own screens. */
@IntegrationTest
class SimulatedDeviceStreamApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    TestMerchant merchant;
    Api api;

    @BeforeEach
    void merchant() {
        merchant = merchants.create();
        api = Api.at(port).as(merchant.apiKey());
    }

    @Test
    void theStreamOpensAtOnceAndCarriesTheDevicesSessions() throws Exception {
        UUID device = Sessions.simulatedDevice(api);
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/ipp/v1/dev/devices/" + device + "/events"))
                .header("Authorization", "Basic " + merchant.apiKey())
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(5, TimeUnit.SECONDS);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(lines.poll(5, TimeUnit.SECONDS)).as("a first comment opens the stream").isEqualTo(":connected");
            assertThat(api.get("/ipp/v1/devices/" + device).body().path("online").asBoolean()).isTrue();

            String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
            assertThat(nextEvent(lines)).isEqualTo("session.dispatched");
            assertThat(nextData(lines)).contains("\"session_id\":\"" + session + "\"");
            api.put("/ipp/v1/sessions/" + session + "/cancel", null);
            assertThat(nextEvent(lines)).isEqualTo("session.cancelled");
        } finally {
            reader.interrupt();
        }
    }

    @Test
    void aRealDevicesStreamIsItsOwnAndAnotherMerchantsDeviceIsNotFound() {
        PairedDevice phone = PairedDevice.pair(api, Api.at(port));
        Api streaming = api.withHeader("Accept", "text/event-stream");
        ApiResponse real = streaming.get("/ipp/v1/dev/devices/" + phone.deviceId() + "/events");
        assertThat(real.status()).isEqualTo(409);
        assertThat(real.text("error_code")).isEqualTo("DEVICE_NOT_SIMULATED");

        UUID simulated = Sessions.simulatedDevice(api);
        Api other = Api.at(port).as(merchants.create().apiKey());
        assertThat(other.withHeader("Accept", "text/event-stream").get("/ipp/v1/dev/devices/" + simulated + "/events")
                .status()).isEqualTo(404);
    }
}
