package co.kustom.ipp.support;

import java.util.UUID;

/** Request bodies for the Sessions API. */
public final class Sessions {

    private Sessions() {
    }

    /** The seed documentation's example body, word for word, for the given device. */
    public static String seedBody(UUID deviceId) {
        return """
                {
                  "device_id": "%s",
                  "order_amount": 240000,
                  "purchase_currency": "SEK",
                  "purchase_started_at": "2024-01-15T10:30:00Z",
                  "order_tax_amount": 48000,
                  "merchant_reference1": "ORDER-12345",
                  "order_items": [
                    {
                      "type": "physical",
                      "reference": "SKU-001",
                      "name": "T-Shirt",
                      "quantity": 2,
                      "unit_price": 100000,
                      "total_amount": 200000,
                      "tax_rate": 2500,
                      "total_tax_amount": 40000
                    },
                    {
                      "type": "physical",
                      "reference": "SKU-002",
                      "name": "Socks",
                      "quantity": 1,
                      "unit_price": 40000,
                      "total_amount": 40000,
                      "tax_rate": 2500,
                      "total_tax_amount": 8000
                    }
                  ]
                }""".formatted(deviceId);
    }

    /** A one-line order of {@code amount} (25% tax included). */
    public static String body(UUID deviceId, long amount) {
        return """
                {"device_id": "%s", "order_amount": %d, "purchase_currency": "SEK",
                 "purchase_started_at": "2024-01-15T10:30:00Z", "order_tax_amount": %d,
                 "order_items": [{"name": "Coffee", "quantity": 1, "unit_price": %d, "total_amount": %d,
                                  "tax_rate": 2500, "total_tax_amount": %d}]}"""
                .formatted(deviceId, amount, amount / 5, amount, amount, amount / 5);
    }

    public static UUID simulatedDevice(Api merchant) {
        ApiResponse device = merchant.post("/ipp/v1/dev/devices", "{\"name\": \"Till\"}");
        if (device.status() != 201) {
            throw new IllegalStateException("Could not create a simulated device: " + device);
        }
        return UUID.fromString(device.text("id"));
    }

    public static UUID simulatedDevice(Api merchant, UUID locationId) {
        ApiResponse device = merchant.post("/ipp/v1/dev/devices",
                "{\"name\": \"Till\", \"location_id\": \"" + locationId + "\"}");
        if (device.status() != 201) {
            throw new IllegalStateException("Could not create a simulated device: " + device);
        }
        return UUID.fromString(device.text("id"));
    }
}
