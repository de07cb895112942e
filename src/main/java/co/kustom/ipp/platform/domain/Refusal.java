package co.kustom.ipp.platform.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a command was refused, in the domain's terms: what kind of refusal, a stable code, what went wrong, and the
 * fields at fault with what is wrong with each. It travels with the refusal, across Axon Server too.
 */
public record Refusal(Kind kind, String code, String detail, Map<String, String> errors) {

    public enum Kind {
        /** The command breaks a rule about its own values. */
        INVALID,
        /** Something the command names does not exist (or is not the caller's). */
        NOT_FOUND,
        /** The command does not fit the current state. */
        CONFLICT
    }

    public Refusal {
        errors = errors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
