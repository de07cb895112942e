package co.kustom.ipp.callback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.callback.api.CallbackSecrets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link CallbackSecrets} in {@code callback_secret}: {@code whsec_<base64 of 32 random bytes>}. */
@Component
class JdbcCallbackSecrets implements CallbackSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcCallbackSecrets(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
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

    @Override
    public List<String> signingSecrets(UUID destinationId) {
        return jdbc.queryForList("""
                        select secret from callback_secret
                        where destination_id = ? and (retired_at is null or retired_at > ?)
                        order by retired_at desc nulls first""",
                String.class, destinationId, java.sql.Timestamp.from(clock.instant().minus(OVERLAP)));
    }
}
