package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A session as the API shows it: the seed's fields in the seed's order, then ours (API.md §9). */
public record SessionDto(UUID sessionId, SessionStatus status, UUID deviceId,
                         @Schema(type = "string", format = "") UUID orderId, Long orderAmount,
                         String purchaseCurrency, Instant purchaseStartedAt, Instant purchaseCompletedAt,
                         List<LineItem> orderItems, String merchantReference1, String merchantReference2,
                         @Schema(type = "integer", format = "int32") Long orderTaxAmount, String merchantData, Instant createdAt, Instant expiresAt,
                         Instant updatedAt, UUID locationId, PaymentMethod paymentMethod, String failureReason,
                         String paymentReference) {
}
