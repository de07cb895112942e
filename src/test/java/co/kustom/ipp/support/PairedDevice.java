package co.kustom.ipp.support;

import java.util.UUID;

/** A phone registered through an enrollment code, and the API as its POS app calls it (Bearer device token). */
public record PairedDevice(UUID deviceId, Api app) {

    public static PairedDevice pair(Api merchant, Api anonymous) {
        String code = merchant.post("/ipp/v1/enrollments", "{}").text("enrollment_code");
        ApiResponse registered = Pairing.register(anonymous, code, "hw-" + code);
        if (registered.status() != 201) {
            throw new IllegalStateException("Could not pair a device: " + registered);
        }
        String token = registered.body().path("credentials").path("bearer_token").asText();
        return new PairedDevice(UUID.fromString(registered.text("id")),
                anonymous.withHeader("Authorization", "Bearer " + token));
    }
}
