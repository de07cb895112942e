package co.kustom.ipp.merchant.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestMerchants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = "ipp.admin-token=operator-secret-token")
class OperatorApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    @Test
    void theOperatorCreatesAMerchantWithItsFirstKey() {
        Api operator = Api.at(port).withHeader("Authorization", "Bearer operator-secret-token");
        ApiResponse created = operator.post("/admin/v1/merchants", "{\"name\": \"Café Blå\"}");

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("Café Blå");
        Api merchant = Api.at(port).as(created.text("api_key"));
        ApiResponse keys = merchant.get("/portal/v1/api-keys");
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.body().path("total_elements").asLong()).isEqualTo(1);
        assertThat(merchant.withHeader("x-merchant-id", created.text("merchant_id")).get("/ipp/v1/locations").status())
                .isEqualTo(200);
    }

    @Test
    void onlyTheOperatorTokenOpensIt() {
        Api anonymous = Api.at(port);
        assertThat(anonymous.post("/admin/v1/merchants", "{\"name\": \"x\"}").status()).isEqualTo(401);
        assertThat(anonymous.withHeader("Authorization", "Bearer wrong").post("/admin/v1/merchants", "{\"name\": \"x\"}")
                .status()).isEqualTo(401);
        assertThat(anonymous.as(merchants.create().apiKey()).post("/admin/v1/merchants", "{\"name\": \"x\"}").status())
                .as("a merchant's API key never opens it").isEqualTo(401);
        ApiResponse noName = anonymous.withHeader("Authorization", "Bearer operator-secret-token")
                .post("/admin/v1/merchants", "{}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body().path("errors").has("name")).isTrue();
    }
}
