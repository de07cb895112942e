package co.kustom.ipp.location.api;

import java.util.UUID;

public record FindLocation(UUID merchantId, UUID locationId) {
}
