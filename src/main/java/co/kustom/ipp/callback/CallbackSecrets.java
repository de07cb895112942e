package co.kustom.ipp.callback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhook destinations' signing secrets ({@code whsec_<base64 of 32 random bytes>}). They must be readable to
 * sign with, so they are kept here, in the transaction of the command that creates them, and never in an event.
 * After a rotation the old secret keeps signing for {@link #OVERLAP} beside the new one.
 */
@Component
public class CallbackSecrets {

    public static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CallbackSecrets(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Retires the destination's current secret (if any) and creates a new one, which it returns. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String replace(UUID merchantId, UUID destinationId) {
        Instant now = clock.instant();
        jdbc.update("update callback_secret set retired_at = ? where destination_id = ? and retired_at is null",
                java.sql.Timestamp.from(now), destinationId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(bytes);
        jdbc.update("""
                        insert into callback_secret (secret_id, merchant_id, destination_id, secret, created_at)
                        values (?, ?, ?, ?, ?)""",
                UUID.randomUUID(), merchantId, destinationId, secret, java.sql.Timestamp.from(now));
        return secret;
    }

    /** The secrets to sign with now: the current one first, then any retired less than {@link #OVERLAP} ago. */
    public List<String> signingSecrets(UUID destinationId) {
        return jdbc.queryForList("""
                        select secret from callback_secret
                        where destination_id = ? and (retired_at is null or retired_at > ?)
                        order by retired_at desc nulls first""",
                String.class, destinationId, java.sql.Timestamp.from(clock.instant().minus(OVERLAP)));
    }
}
