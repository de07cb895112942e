package co.kustom.bench.crud;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** A session as the API shows it; its lines are the stored JSON, written out as they are. */
record Session(UUID sessionId, String status, UUID deviceId, long orderAmount, String purchaseCurrency,
               Instant purchaseStartedAt, @JsonRawValue String orderItems, String merchantReference1,
               long orderTaxAmount, Instant createdAt, Instant expiresAt, Instant updatedAt) {
}
