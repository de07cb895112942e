package co.kustom.ipp.merchant.api;

import java.util.UUID;

public record FindCallbackEndpoint(UUID merchantId) {
}
