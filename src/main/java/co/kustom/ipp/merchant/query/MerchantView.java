package co.kustom.ipp.merchant.query;

import java.time.Instant;
import java.util.UUID;

public record MerchantView(UUID merchantId, String name, Instant createdAt) {
}
