package co.kustom.ipp.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * API keys are 32 random base62 characters (190 bits) behind the environment's prefix. Only their SHA-256 is
 * stored: with that much entropy a fast hash is enough, and it lets a key be found by an index lookup.
 */
public final class ApiKeys {

    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String generate(String prefix) {
        return prefix + random(32);
    }

    public static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** What a key list may show of a key: its prefix and first four random characters. */
    public static String displayHint(String key, String prefix) {
        return key.substring(0, Math.min(key.length(), prefix.length() + 4)) + "…";
    }
}
