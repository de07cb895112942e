package co.kustom.ipp.platform.security;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A device's bearer token: {@code ippdev_<device id without dashes>_<43 random base62 characters>} (256 bits).
 * The device id lets the token be checked against one stored hash, compared in constant time.
 */
public final class DeviceTokens {

    private static final Pattern FORMAT = Pattern.compile("ippdev_([0-9a-f]{32})_([0-9A-Za-z]{43})");

    public record IssuedToken(String token, String secretHash) {
    }

    public record PresentedToken(UUID deviceId, String secretHash) {
    }

    private DeviceTokens() {
    }

    public static IssuedToken issue(UUID deviceId) {
        String secret = ApiKeys.random(43);
        return new IssuedToken("ippdev_" + deviceId.toString().replace("-", "") + "_" + secret, ApiKeys.hash(secret));
    }

    public static Optional<PresentedToken> parse(String token) {
        Matcher matcher = FORMAT.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String hex = matcher.group(1);
        UUID deviceId = UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
        return Optional.of(new PresentedToken(deviceId, ApiKeys.hash(matcher.group(2))));
    }
}
