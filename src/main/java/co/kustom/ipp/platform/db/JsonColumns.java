package co.kustom.ipp.platform.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The views' {@code jsonb} columns (line items, metadata) in Jackson's default form, the form their rows were
 * written in: neither the web mapper (snake_case) nor the event store's decides how a view stores its JSON.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonColumns() {
    }

    /** The value as JSON text, for a parameter cast to {@code jsonb} (null stays null). */
    public static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not writable as JSON: " + value.getClass().getName(), e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view's JSON column does not hold a " + type.getType(), e);
        }
    }
}
