package co.kustom.ipp.playground;

import static org.assertj.core.api.Assertions.assertThat;

import co.kustom.ipp.merchant.api.MerchantDirectory;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** API.md §1: the same build as production has no Testing endpoints, no demo merchant and only live keys. */
@IntegrationTest
@TestPropertySource(properties = "ipp.environment=production")
class ProductionEnvironmentTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    MerchantDirectory merchantDirectory;

    @Test
    void theTestingEndpointsAnswerLikeAnUnknownPath() {
        TestMerchant merchant = merchants.create();
        assertThat(merchant.apiKey()).startsWith("kco_live_api_");
        Api api = Api.at(port).as(merchant.apiKey());

        ApiResponse testing = api.post("/ipp/v1/dev/devices", "{\"name\": \"Till\"}");
        ApiResponse unknown = api.post("/ipp/v1/no-such-thing", "{\"name\": \"Till\"}");

        assertThat(testing.status()).isEqualTo(404);
        assertThat(testing.text("error_code")).isEqualTo(unknown.text("error_code"));
        assertThat(testing.text("title")).isEqualTo(unknown.text("title"));
        String session = "/ipp/v1/dev/sessions/" + java.util.UUID.randomUUID();
        assertThat(api.post(session + "/simulate-tap", null).status()).isEqualTo(404);
        assertThat(api.post(session + "/simulate-scan?method=SWISH", null).status()).isEqualTo(404);
    }

    @Test
    void playgroundKeysAreRefused() {
        TestMerchant merchant = merchants.create();
        String playgroundKey = merchant.apiKey().replace("kco_live_api_", "kco_test_api_");
        assertThat(Api.at(port).as(playgroundKey).get("/ipp/v1/locations").status()).isEqualTo(401);
        assertThat(Api.at(port).as(merchant.apiKey()).get("/ipp/v1/locations").status()).isEqualTo(200);
    }

    @Test
    void callbacksMustUseHttps() {
        Api api = Api.at(port).as(merchants.create().apiKey());
        ApiResponse plain = api.put("/portal/v1/callback-endpoint", "{\"url\": \"http://pos.example.com/hooks\"}");
        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.body().path("errors").path("url").asText()).contains("https");
        assertThat(api.put("/portal/v1/callback-endpoint", "{\"url\": \"https://pos.example.com/hooks\"}").status())
                .isEqualTo(200);
    }

    @Test
    void noDemoMerchantIsCreated() {
        assertThat(merchantDirectory.exists(DemoMerchant.MERCHANT_ID)).isFalse();
    }
}
