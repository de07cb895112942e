package co.kustom.ipp.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.FastCallbackRetries;
import co.kustom.ipp.support.CallbackReceiver.Received;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.Sessions;
import co.kustom.ipp.support.StandardWebhooks;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one published client (a WooCommerce plugin's In-Person Payments module), driven as it drives the API: its
 * headers (Content-Type: application/json on every call, also body-less ones; x-merchant-id on lists), its
 * create body (a discount line and a rounding line with negative unit prices, merchant_data as a JSON string, no
 * location_id although the merchant has two locations), and its webhook receiver (Standard Webhooks, a 300 s
 * timestamp window, de-duplication on webhook-id, 503 to ask for redelivery).
 */
@IntegrationTest
@FastCallbackRetries
class PublishedClientFlowApiTest {

    private static final Duration TIMESTAMP_WINDOW = Duration.ofSeconds(300);

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    /** The plugin's receiver: verifies, checks the window, ignores a webhook-id it has seen. */
    private static Map<String, Received> accepted(List<Received> deliveries, String secret) throws Exception {
        Map<String, Received> byId = new LinkedHashMap<>();
        for (Received delivery : deliveries) {
            assertThat(StandardWebhooks.verifies(secret, delivery.webhookId(), delivery.timestamp(), delivery.body(),
                    delivery.signature())).isTrue();
            long age = Instant.now().getEpochSecond() - Long.parseLong(delivery.timestamp());
            assertThat(Math.abs(age)).isLessThan(TIMESTAMP_WINDOW.toSeconds());
            byId.putIfAbsent(delivery.webhookId(), delivery);
        }
        return byId;
    }

    @Test
    void theWooCommerceModulesFlowsWork() throws Exception {
        TestMerchant merchant = merchants.create();
        merchants.addLocation(merchant.merchantId(), "Second store");
        Api plugin = Api.at(port).as(merchant.apiKey()).withHeader("Content-Type", "application/json");
        Api lists = plugin.withHeader("x-merchant-id", merchant.merchantId().toString());
        UUID device = Sessions.simulatedDevice(Api.at(port).as(merchant.apiKey()), merchant.locationId());

        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            String secret = plugin.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}")
                    .text("secret");
            receiver.answer(503);

            assertThat(lists.get("/ipp/v1/devices").body().path("content").get(0).path("id").asText())
                    .isEqualTo(device.toString());
            assertThat(lists.get("/ipp/v1/locations").body().path("total_elements").asInt()).isEqualTo(2);

            ApiResponse created = plugin.post("/ipp/v1/sessions", """
                    {"device_id": "%s", "order_amount": 19497, "purchase_currency": "SEK",
                     "purchase_started_at": "2026-11-25T10:30:00Z", "order_tax_amount": 3899,
                     "merchant_reference1": "WC-1042", "merchant_reference2": "wc_order_abc123",
                     "merchant_data": "{\\"order_key\\":\\"wc_order_abc123\\",\\"source\\":\\"woocommerce\\"}",
                     "order_items": [
                       {"type": "physical", "reference": "hoodie-blue", "name": "Hoodie", "quantity": 1,
                        "unit_price": 24500, "total_amount": 24500, "tax_rate": 2500, "total_tax_amount": 4900},
                       {"type": "discount", "reference": "coupon-SUMMER", "name": "Coupon SUMMER", "quantity": 1,
                        "unit_price": -5000, "total_amount": -5000, "tax_rate": 2500, "total_tax_amount": -1000},
                       {"type": "discount", "reference": "rounding", "name": "Rounding", "quantity": 1,
                        "unit_price": -3, "total_amount": -3, "tax_rate": 0, "total_tax_amount": -1}
                     ]}""".formatted(device));
            assertThat(created.status()).as(created.raw()).isEqualTo(200);
            assertThat(created.text("location_id")).isEqualTo(merchant.locationId().toString());
            String session = created.text("session_id");

            ApiResponse read = plugin.get("/ipp/v1/sessions/" + session);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.text("merchant_data")).contains("wc_order_abc123");
            ApiResponse cancelled = plugin.put("/ipp/v1/sessions/" + session + "/cancel", null);
            assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
            assertThat(cancelled.text("status")).isEqualTo("CANCELLED");

            ApiResponse unknownDevice = plugin.post("/ipp/v1/sessions",
                    Sessions.body(UUID.randomUUID(), 1000));
            assertThat(unknownDevice.status()).as("the clerk is told to pick another device").isEqualTo(404);
            assertThat(unknownDevice.body().path("errors").has("device_id")).isTrue();

            List<Received> deliveries = receiver.await(r -> true, 3, Duration.ofSeconds(15));
            Map<String, Received> unique = accepted(receiver.received(), secret);
            assertThat(deliveries.get(0).webhookId()).as("the 503 was redelivered with the same webhook-id")
                    .isEqualTo(deliveries.get(1).webhookId());
            assertThat(unique.values()).extracting(Received::type)
                    .containsExactly("ipp.session.created", "ipp.session.cancelled");
        }
    }
}
