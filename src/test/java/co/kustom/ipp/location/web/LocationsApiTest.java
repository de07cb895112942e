package co.kustom.ipp.location.web;

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
class LocationsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    @Test
    void listsTheMerchantsLocationsPageByPage() {
        TestMerchant merchant = merchants.create();
        UUID second = merchants.addLocation(merchant.merchantId(), "Second");
        UUID third = merchants.addLocation(merchant.merchantId(), "Third");
        Api api = Api.at(port).as(merchant.apiKey());

        ApiResponse first = api.get("/ipp/v1/locations?page_size=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("content")).hasSize(2);
        assertThat(first.body().path("total_elements").asLong()).isEqualTo(3);
        assertThat(first.body().path("total_pages").asInt()).isEqualTo(2);
        assertThat(first.body().path("page_number").asInt()).isZero();
        assertThat(first.body().path("page_size").asInt()).isEqualTo(2);
        assertThat(first.body().path("first").asBoolean()).isTrue();
        assertThat(first.body().path("last").asBoolean()).isFalse();
        assertThat(first.body().path("content").get(0).path("id").asText()).isEqualTo(merchant.locationId().toString());
        assertThat(first.body().path("content").get(1).path("id").asText()).isEqualTo(second.toString());

        ApiResponse last = api.get("/ipp/v1/locations?page_number=1&page_size=2");
        assertThat(last.body().path("content")).hasSize(1);
        assertThat(last.body().path("content").get(0).path("id").asText()).isEqualTo(third.toString());
        assertThat(last.body().path("last").asBoolean()).isTrue();

        ApiResponse defaults = api.get("/ipp/v1/locations");
        assertThat(defaults.body().path("page_size").asInt()).isEqualTo(20);
        assertThat(defaults.body().path("content")).hasSize(3);
    }

    @Test
    void getsOneLocationWithEveryField() {
        TestMerchant merchant = merchants.create();
        ApiResponse location = Api.at(port).as(merchant.apiKey()).get("/ipp/v1/locations/" + merchant.locationId());

        assertThat(location.status()).isEqualTo(200);
        assertThat(location.text("id")).isEqualTo(merchant.locationId().toString());
        assertThat(location.text("merchant_id")).isEqualTo(merchant.merchantId().toString());
        assertThat(location.text("name")).isEqualTo("Main store");
        assertThat(location.text("street_address")).isEqualTo("Storgatan 1");
        assertThat(location.text("postal_code")).isEqualTo("111 22");
        assertThat(location.text("city")).isEqualTo("Stockholm");
        assertThat(location.text("country")).isEqualTo("SE");
        assertThat(location.text("created_at")).isNotBlank();
        assertThat(location.text("updated_at")).isNotBlank();
    }

    @Test
    void anotherMerchantsLocationIsNotFoundAndNotListed() {
        TestMerchant owner = merchants.create();
        Api intruder = Api.at(port).as(merchants.create().apiKey());

        assertThat(intruder.get("/ipp/v1/locations/" + owner.locationId()).status()).isEqualTo(404);
        assertThat(intruder.get("/ipp/v1/locations").body().path("content").toString())
                .doesNotContain(owner.locationId().toString());
    }
}
