package co.kustom.ipp.callback;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of a callback (API.md §11), written once when the event is recorded and sent byte for byte on every
 * attempt: slim on purpose, receivers fetch the session for details.
 */
final class CallbackEnvelope {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter NANOSECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CallbackEnvelope() {
    }

    static String json(String id, UUID merchantId, Instant occurredAt, String type, UUID sessionId, UUID orderId,
                       String failureReason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("session_id", sessionId.toString());
        data.put("order_id", orderId == null ? null : orderId.toString());
        data.put("failure_reason", failureReason);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id);
        envelope.put("merchant_id", merchantId.toString());
        envelope.put("timestamp", NANOSECONDS.format(occurredAt));
        envelope.put("type", type);
        envelope.put("data", data);
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
