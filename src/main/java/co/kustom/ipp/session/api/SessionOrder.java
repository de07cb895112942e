package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.List;

/** What a session collects payment for, as the merchant sent it. */
public record SessionOrder(long orderAmount, String purchaseCurrency, Instant purchaseStartedAt,
                           Instant purchaseCompletedAt, List<LineItem> orderItems, String merchantReference1,
                           String merchantReference2, long orderTaxAmount, String merchantData) {

    public SessionOrder {
        orderItems = List.copyOf(orderItems);
    }
}
