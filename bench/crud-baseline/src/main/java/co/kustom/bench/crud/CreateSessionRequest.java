package co.kustom.bench.crud;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /ipp/v1/sessions} (API.md §9), the fields this baseline stores. */
record CreateSessionRequest(UUID deviceId, Long orderAmount, String purchaseCurrency, Instant purchaseStartedAt,
                            List<LineItem> orderItems, String merchantReference1, Long orderTaxAmount) {
}
