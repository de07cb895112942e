package co.kustom.bench.crud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of a create's body (API.md §9): required fields, known values, and amounts that add up. */
final class OrderRules {

    private static final Set<String> CURRENCIES = Set.of("SEK", "NOK", "DKK", "EUR", "GBP", "USD", "CHF", "PLN");
    private static final Set<String> LINE_TYPES = Set.of("physical", "digital", "shipping_fee", "discount",
            "surcharge", "gift_card", "store_credit", "sales_tax");

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final StringBuilder detail = new StringBuilder();

    private OrderRules() {
    }

    static void check(CreateSessionRequest body) {
        OrderRules rules = new OrderRules();
        rules.checkFields(body);
        if (rules.errors.isEmpty()) {
            rules.checkSums(body);
        }
        if (!rules.errors.isEmpty()) {
            throw ApiException.invalid(rules.errors, rules.detail.toString());
        }
    }

    private void checkFields(CreateSessionRequest body) {
        require("device_id", body.deviceId() != null, "is required");
        require("order_amount", body.orderAmount() != null, "is required");
        require("order_amount", body.orderAmount() == null || body.orderAmount() > 0, "must be greater than 0");
        require("order_tax_amount", body.orderTaxAmount() != null, "is required");
        require("order_tax_amount", body.orderTaxAmount() == null || body.orderTaxAmount() >= 0, "must not be negative");
        require("purchase_currency", body.purchaseCurrency() != null, "is required");
        require("purchase_currency", body.purchaseCurrency() == null || CURRENCIES.contains(body.purchaseCurrency()),
                "is not supported; supported are CHF, DKK, EUR, GBP, NOK, PLN, SEK, USD");
        require("purchase_started_at", body.purchaseStartedAt() != null, "is required");
        require("merchant_reference1", body.merchantReference1() == null || body.merchantReference1().length() <= 255,
                "must be at most 255 characters");
        List<LineItem> items = body.orderItems();
        require("order_items", items != null && !items.isEmpty(), "must contain at least one line");
        for (int i = 0; items != null && i < items.size(); i++) {
            LineItem line = items.get(i);
            String at = "order_items[" + i + "]";
            require(at, line != null, "must not be null");
            if (line == null) {
                continue;
            }
            require(at + ".type", LINE_TYPES.contains(line.type()), "is not a line item type");
            require(at + ".name", line.name() != null && !line.name().isBlank(), "is required");
            require(at + ".quantity", line.quantity() != null && line.quantity() >= 1, "must be at least 1");
            require(at + ".unit_price", line.unitPrice() != null, "is required");
            require(at + ".tax_rate", line.taxRate() != null && line.taxRate() >= 0 && line.taxRate() <= 10000,
                    "must be 0 to 10000");
            require(at + ".total_amount", line.totalAmount() != null, "is required");
            require(at + ".total_discount_amount", line.totalDiscountAmount() >= 0, "must not be negative");
            require(at + ".total_tax_amount", line.totalTaxAmount() != null, "is required");
        }
    }

    private void checkSums(CreateSessionRequest body) {
        try {
            long totalAmount = 0;
            long totalTax = 0;
            for (int i = 0; i < body.orderItems().size(); i++) {
                LineItem line = body.orderItems().get(i);
                long expected = Math.subtractExact(Math.multiplyExact(line.quantity(), line.unitPrice()),
                        line.totalDiscountAmount());
                require("order_items[" + i + "].total_amount", expected == line.totalAmount(),
                        "must equal quantity * unit_price - total_discount_amount");
                totalAmount = Math.addExact(totalAmount, line.totalAmount());
                totalTax = Math.addExact(totalTax, line.totalTaxAmount());
            }
            require("order_amount", body.orderAmount() == totalAmount, "must equal the sum of order_items[].total_amount");
            require("order_tax_amount", body.orderTaxAmount() == totalTax,
                    "must equal the sum of order_items[].total_tax_amount");
        } catch (ArithmeticException overflow) {
            require("order_items", false, "amounts are too large to add up");
        }
    }

    private void require(String field, boolean holds, String message) {
        if (!holds && errors.putIfAbsent(field, message) == null) {
            detail.append(detail.isEmpty() ? "" : "; ").append(field).append(' ').append(message);
        }
    }
}
