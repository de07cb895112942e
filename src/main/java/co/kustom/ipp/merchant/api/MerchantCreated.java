package co.kustom.ipp.merchant.api;

import java.time.Instant;
import java.util.UUID;

public record MerchantCreated(UUID merchantId, String name, Instant createdAt) {
}
