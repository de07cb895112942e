package co.kustom.ipp.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code metadata=key:value} query filter of the list endpoints: repeatable up to five times, each key once,
 * and an item matches when it has every pair.
 */
public final class MetadataFilter {

    public static final String PARAMETER = "metadata";
    private static final int MAX_PAIRS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetadataFilter() {
    }

    public static Map<String, String> parse(List<String> values) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (values == null) {
            return pairs;
        }
        if (values.size() > MAX_PAIRS) {
            throw IppException.invalid(PARAMETER, "may be given at most " + MAX_PAIRS + " times");
        }
        for (String value : values) {
            int colon = value.indexOf(':');
            if (colon <= 0) {
                throw IppException.invalid(PARAMETER, "must be key:value, not '" + value + "'");
            }
            String key = value.substring(0, colon);
            if (pairs.putIfAbsent(key, value.substring(colon + 1)) != null) {
                throw IppException.invalid(PARAMETER, "names the key '" + key + "' more than once");
            }
        }
        return pairs;
    }

    /** The pairs as a JSON object, for a {@code metadata @> cast(? as jsonb)} containment query. */
    public static String asJson(Map<String, String> pairs) {
        try {
            return JSON.writeValueAsString(pairs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A string map is always JSON", e);
        }
    }
}
