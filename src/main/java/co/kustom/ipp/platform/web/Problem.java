package co.kustom.ipp.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a failed request answers (RFC 9457 plus {@code error_code} and {@code errors}), as plain data so that it
 * can travel inside a command's exception, also through Axon Server.
 */
public record Problem(int status, String title, String errorCode, String detail, Map<String, String> errors) {

    public Problem {
        errors = errors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
