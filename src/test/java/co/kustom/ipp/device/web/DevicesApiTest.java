package co.kustom.ipp.device.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DevicesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

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
}
