package co.kustom.ipp.enrollment.api;

import java.util.Map;
import java.util.UUID;

/** What a redeemed code hands to the device it registers: merchant, location and metadata. */
public record EnrollmentRedemption(UUID merchantId, UUID locationId, Map<String, String> metadata) {
}
