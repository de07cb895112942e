package co.kustom.ipp.merchant.api;

import java.util.UUID;

public record FindApiKey(UUID merchantId, UUID apiKeyId) {
}
