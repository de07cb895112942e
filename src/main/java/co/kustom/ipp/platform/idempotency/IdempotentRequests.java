package co.kustom.ipp.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import co.kustom.ipp.platform.security.ApiKeys;
import co.kustom.ipp.platform.web.IppException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a creating request at most once per {@code Idempotency-Key}: a retry with the same key and body gets the
 * first answer and creates nothing; the same key with another body is a 409.
 * <p>
 * The created resource's id is derived from the merchant and the key, and the answer is stored in the transaction
 * that creates it, so two concurrent requests with one key cannot both create something, and a crash cannot leave
 * a resource whose key was not recorded.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyRecordRepository records;
    private final TransactionTemplate transactions;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    IdempotentRequests(IdempotencyRecordRepository records, TransactionTemplate transactions,
                       ObjectMapper objectMapper, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * @param request what identifies the request (its body and parameters), compared between retries
     * @param action  creates the resource with the given id and returns the answer
     */
    public <T> T execute(UUID merchantId, String idempotencyKey, Object request, Class<T> responseType,
                         Function<UUID, T> action) {
        if (idempotencyKey == null) {
            return action.apply(UUID.randomUUID());
        }
        if (!VALID_KEY.matcher(idempotencyKey).matches()) {
            throw IppException.invalid(HEADER, "must be 1 to 255 printable ASCII characters without spaces");
        }
        IdempotencyRecord.Key key = new IdempotencyRecord.Key(merchantId, idempotencyKey);
        String requestHash = ApiKeys.hash(json(request));
        Optional<T> earlier = replay(key, requestHash, responseType);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        UUID resourceId = UUID.nameUUIDFromBytes((merchantId + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        try {
            return transactions.execute(status -> {
                T answer = action.apply(resourceId);
                records.saveAndFlush(new IdempotencyRecord(key, requestHash, json(answer), clock.instant()));
                return answer;
            });
        } catch (RuntimeException failure) {
            // A concurrent request with the same key may have won the race: then answer as it did.
            return replay(key, requestHash, responseType).orElseThrow(() -> failure);
        }
    }

    private <T> Optional<T> replay(IdempotencyRecord.Key key, String requestHash, Class<T> responseType) {
        return records.findById(key).map(record -> {
            if (!record.requestHash().equals(requestHash)) {
                throw IppException.conflict("IDEMPOTENCY_KEY_REUSED",
                        "The Idempotency-Key was already used for a different request");
            }
            try {
                return objectMapper.readValue(record.responseBody(), responseType);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored idempotent response is unreadable", e);
            }
        });
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }
}
