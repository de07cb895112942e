package co.kustom.ipp.enrollment.web;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.platform.web.IppException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code expires_in} (milliseconds) or {@code ttl}; neither means two hours. */
public record CreateEnrollmentRequest(
        UUID locationId,
        @Size(max = 20, message = "may have at most 20 entries")
        Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 500) String> metadata,
        @Min(value = 1000, message = "must be at least 1000 (one second)")
        @Max(value = 259_200_000, message = "must be at most 259200000 (72 hours)") Long expiresIn,
        EnrollmentTtl ttl) {

    static final Duration DEFAULT_LIFETIME = Duration.ofHours(2);

    Duration lifetime() {
        if (expiresIn != null && ttl != null) {
            throw IppException.invalid("ttl", "cannot be combined with expires_in; send one of them");
        }
        if (ttl != null) {
            return ttl.lifetime();
        }
        return expiresIn == null ? DEFAULT_LIFETIME : Duration.ofMillis(expiresIn);
    }

    Map<String, String> metadataOrEmpty() {
        return metadata == null ? Map.of() : metadata;
    }
}
