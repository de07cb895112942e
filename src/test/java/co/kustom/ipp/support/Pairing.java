package co.kustom.ipp.support;

/** The POS app's side of pairing: redeeming a code as a phone would. */
public final class Pairing {

    private Pairing() {
    }

    public static ApiResponse register(Api anonymous, String code, String hardwareId) {
        return anonymous.post("/ipp/v1/devices/register", """
                {"enrollment_code": "%s", "hardware_id": "%s", "platform": "ANDROID", "name": "Pixel at till 2"}"""
                .formatted(code, hardwareId));
    }

    /** A new code of the merchant's and a phone registered with it: the device's token. */
    public static String pairedDeviceToken(Api merchant, Api anonymous) {
        String code = merchant.post("/ipp/v1/enrollments", "{}").text("enrollment_code");
        return register(anonymous, code, "hw-" + code).body().path("credentials").path("bearer_token").asText();
    }
}
