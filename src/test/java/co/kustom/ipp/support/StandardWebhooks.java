package co.kustom.ipp.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies a callback's signature as a receiver would, straight from the Standard Webhooks specification. */
public final class StandardWebhooks {

    private StandardWebhooks() {
    }

    /** Whether one of the space-separated {@code v1,<signature>} entries is the secret's signature of the content. */
    public static boolean verifies(String whsecSecret, String id, String timestamp, String body, String signatureHeader)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(whsecSecret.substring("whsec_".length())), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        for (String entry : signatureHeader.split(" ")) {
            if (entry.equals("v1," + expected)) {
                return true;
            }
        }
        return false;
    }
}
