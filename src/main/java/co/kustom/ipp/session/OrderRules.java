package co.kustom.ipp.session;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.kustom.ipp.platform.domain.DomainRefusal;
import co.kustom.ipp.session.api.LineItem;
import co.kustom.ipp.session.api.SessionOrder;

/** The arithmetic an order must satisfy (API.md §9): every amount adds up to the minor unit. */
final class OrderRules {

    static final Set<String> SUPPORTED_CURRENCIES = Set.of("SEK", "NOK", "DKK", "EUR", "GBP", "USD", "CHF", "PLN");

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> details = new ArrayList<>();

    private OrderRules() {
    }

    static void check(SessionOrder order) {
        OrderRules rules = new OrderRules();
        rules.checkCurrency(order.purchaseCurrency());
        rules.checkAmounts(order);
        if (!rules.errors.isEmpty()) {
            throw DomainRefusal.invalid(rules.errors, String.join("; ", rules.details));
        }
    }

    private void checkCurrency(String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            reject("purchase_currency", "must be an ISO 4217 code of three capital letters", "");
        } else if (!SUPPORTED_CURRENCIES.contains(currency)) {
            boolean known = Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(currency));
            reject("purchase_currency", (known ? "is not supported" : "is not an ISO 4217 currency code")
                    + "; supported are " + String.join(", ", SUPPORTED_CURRENCIES.stream().sorted().toList()), "");
        }
    }

    private void checkAmounts(SessionOrder order) {
        if (order.orderItems().isEmpty()) {
            reject("order_items", "must contain at least one line", "");
            return;
        }
        try {
            long totalAmount = 0;
            long totalTax = 0;
            for (int i = 0; i < order.orderItems().size(); i++) {
                LineItem line = order.orderItems().get(i);
                long expected = Math.subtractExact(Math.multiplyExact(line.quantity(), line.unitPrice()),
                        line.totalDiscountAmount());
                if (expected != line.totalAmount()) {
                    reject("order_items[" + i + "].total_amount",
                            "must equal quantity * unit_price - total_discount_amount",
                            " (" + line.totalAmount() + " != " + expected + ")");
                }
                totalAmount = Math.addExact(totalAmount, line.totalAmount());
                totalTax = Math.addExact(totalTax, line.totalTaxAmount());
            }
            if (order.orderAmount() <= 0) {
                reject("order_amount", "must be greater than 0", "");
            } else if (order.orderAmount() != totalAmount) {
                reject("order_amount", "must equal the sum of order_items[].total_amount",
                        " (" + order.orderAmount() + " != " + totalAmount + ")");
            }
            if (order.orderTaxAmount() != totalTax) {
                reject("order_tax_amount", "must equal the sum of order_items[].total_tax_amount",
                        " (" + order.orderTaxAmount() + " != " + totalTax + ")");
            }
        } catch (ArithmeticException overflow) {
            reject("order_items", "amounts are too large to add up", "");
        }
    }

    private void reject(String field, String message, String figures) {
        errors.putIfAbsent(field, message);
        details.add(field + " " + message + figures);
    }
}
