package co.kustom.ipp.device.web;

import java.time.Instant;

import co.kustom.ipp.device.api.DeviceDto;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** A device just registered, with the credentials the POS app authenticates with (returned only here). */
public record RegisteredDevice(@JsonUnwrapped DeviceDto device, Credentials credentials) {

    /** As the public documentation spells them: {@code bearer_token} and {@code issuedAt}. */
    public record Credentials(
            @Schema(description = "The device's token: Authorization: Bearer <bearer_token>") String bearerToken,
            @JsonProperty("issuedAt") @Schema(description = "When the token was issued") Instant issuedAt,
            @Schema(description = "Deprecated: the same token as bearer_token, for clients written before it",
                    deprecated = true) String deviceToken) {

        static Credentials of(String token, Instant issuedAt) {
            return new Credentials(token, issuedAt, token);
        }
    }
}
