package co.kustom.ipp.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import co.kustom.ipp.platform.axon.ReadYourWrites;
import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.security.ApiKeys;
import co.kustom.ipp.platform.web.IppException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a creating request at most once per {@code Idempotency-Key}: a retry with the same key and body gets the
 * first answer and creates nothing; the same key with another body is a 409.
 * <p>
 * The key is claimed first, in a statement of its own, together with the id of the resource the request will
 * create; concurrent retries wait for the first one's answer. No transaction is held while the request runs. If
 * the service dies in between, the claim's lease runs out and a retry takes it over with the same resource id: the
 * resource is then either found (it was created) or created now. An attempt that fails without a refusal (its
 * answer lost, Axon Server or the database out of reach) first looks for what it may have created; finding nothing,
 * it hands the claim to the next retry at once, with the same resource id. Records are kept for {@code ipp.idempotency.retention}
 * (24 h by default) and pruned after; a key used again after that starts a new request.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Duration CLAIM_LEASE = Duration.ofSeconds(30);
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;

    private record Recorded(String requestHash, UUID resourceId, String responseBody, Instant createdAt,
                            Instant claimedUntil) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Duration retention;
    private final ReadYourWrites readYourWrites;

    IdempotentRequests(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock, IppProperties properties,
                       ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.retention = properties.idempotency().retention();
    }

    /**
     * @param request  what identifies the request (its body and parameters), compared between retries
     * @param action   creates the resource with the given id and returns the answer
     * @param existing the answer for a resource of that id that already exists (created by a request that died)
     */
    public <T> T execute(UUID merchantId, String idempotencyKey, Object request, Class<T> responseType,
                         Function<UUID, T> action, Function<UUID, Optional<T>> existing) {
        if (idempotencyKey == null) {
            return action.apply(UUID.randomUUID());
        }
        if (!VALID_KEY.matcher(idempotencyKey).matches()) {
            throw IppException.invalid(HEADER, "must be 1 to 255 printable ASCII characters without spaces");
        }
        String requestHash = ApiKeys.hash(json(request));
        Instant giveUpAt = clock.instant().plus(WAIT_FOR_FIRST);
        while (true) {
            Instant now = clock.instant();
            Optional<Recorded> recorded = find(merchantId, idempotencyKey);
            if (recorded.isEmpty()) {
                UUID resourceId = UUID.randomUUID();
                if (claimNew(merchantId, idempotencyKey, requestHash, resourceId, now)) {
                    return run(merchantId, idempotencyKey, resourceId, action, existing);
                }
                continue;
            }
            Recorded record = recorded.get();
            if (record.createdAt().isBefore(now.minus(retention))) {
                jdbc.update("delete from idempotency_record where merchant_id = ? and idempotency_key = ? "
                        + "and created_at = ?", merchantId, idempotencyKey, Timestamp.from(record.createdAt()));
                continue;
            }
            if (!record.requestHash().equals(requestHash)) {
                throw IppException.conflict("IDEMPOTENCY_KEY_REUSED",
                        "The Idempotency-Key was already used for a different request");
            }
            if (record.responseBody() != null) {
                return read(record.responseBody(), responseType);
            }
            if (record.claimedUntil().isBefore(now) && takeOver(merchantId, idempotencyKey, record, now)) {
                return run(merchantId, idempotencyKey, record.resourceId(), action, existing);
            }
            if (now.isAfter(giveUpAt)) {
                throw IppException.conflict("IDEMPOTENT_REQUEST_IN_PROGRESS",
                        "A request with this Idempotency-Key is still being processed; retry later");
            }
            pause();
        }
    }

    /** Deletes the records older than the retention; returns how many. */
    public int prune() {
        return jdbc.update("delete from idempotency_record where created_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }

    private <T> T run(UUID merchantId, String key, UUID resourceId, Function<UUID, T> action,
                      Function<UUID, Optional<T>> existing) {
        T answer;
        try {
            answer = action.apply(resourceId);
        } catch (RuntimeException failure) {
            Optional<T> created = lookUp(resourceId, existing);
            if (created.isPresent()) {
                answer = created.get();
            } else if (refused(failure)) {
                jdbc.update("delete from idempotency_record where merchant_id = ? and idempotency_key = ? "
                        + "and resource_id = ?", merchantId, key, resourceId);
                throw failure;
            } else {
                // the outcome is unknown (an answer lost, a bus or database out of reach): a retry tries again at once,
                // with the same resource id, and so finds what this attempt created or creates it now
                jdbc.update("update idempotency_record set claimed_until = ? where merchant_id = ? "
                        + "and idempotency_key = ? and resource_id = ?", Timestamp.from(clock.instant()), merchantId,
                        key, resourceId);
                throw failure;
            }
        }
        jdbc.update("update idempotency_record set response_body = ?, claimed_until = null "
                + "where merchant_id = ? and idempotency_key = ? and resource_id = ?", json(answer), merchantId, key,
                resourceId);
        return answer;
    }

    /**
     * What a failed attempt may have created, once the views show everything stored so far; nothing when that cannot
     * be known now.
     */
    private <T> Optional<T> lookUp(UUID resourceId, Function<UUID, Optional<T>> existing) {
        try {
            readYourWrites.awaitProcessorsAtHead();
            return existing.apply(resourceId);
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /** The request was answered with a refusal (a 4xx of ours): nothing was stored, and a retry would be refused too. */
    private static boolean refused(RuntimeException failure) {
        return failure instanceof CommandExecutionException reported && IppException.problemOf(reported)
                .filter(problem -> problem.status() >= 400 && problem.status() < 500).isPresent();
    }

    private Optional<Recorded> find(UUID merchantId, String key) {
        List<Recorded> rows = jdbc.query("""
                        select request_hash, resource_id, response_body, created_at, claimed_until
                        from idempotency_record where merchant_id = ? and idempotency_key = ?""",
                (row, i) -> new Recorded(row.getString(1), row.getObject(2, UUID.class), row.getString(3),
                        row.getTimestamp(4).toInstant(),
                        row.getTimestamp(5) == null ? Instant.MIN : row.getTimestamp(5).toInstant()),
                merchantId, key);
        return rows.stream().findFirst();
    }

    private boolean claimNew(UUID merchantId, String key, String requestHash, UUID resourceId, Instant now) {
        try {
            jdbc.update("""
                    insert into idempotency_record
                        (merchant_id, idempotency_key, request_hash, resource_id, created_at, claimed_until)
                    values (?, ?, ?, ?, ?, ?)""",
                    merchantId, key, requestHash, resourceId, Timestamp.from(now), Timestamp.from(now.plus(CLAIM_LEASE)));
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    private boolean takeOver(UUID merchantId, String key, Recorded record, Instant now) {
        return jdbc.update("""
                update idempotency_record set claimed_until = ?
                where merchant_id = ? and idempotency_key = ? and response_body is null and claimed_until = ?""",
                Timestamp.from(now.plus(CLAIM_LEASE)), merchantId, key, Timestamp.from(record.claimedUntil())) == 1;
    }

    private <T> T read(String body, Class<T> responseType) {
        try {
            return objectMapper.readValue(body, responseType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response is unreadable", e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a concurrent request", e);
        }
    }
}
