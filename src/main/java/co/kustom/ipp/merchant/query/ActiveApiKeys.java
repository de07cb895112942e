package co.kustom.ipp.merchant.query;

import java.time.Duration;
import java.util.Optional;

import co.kustom.ipp.platform.db.PostgresNotifications;
import co.kustom.ipp.platform.security.MerchantCredentials;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The active API keys by hash, cached: every merchant request authenticates with one, and a key changes only when it
 * is revoked. A revocation empties the cache of the instance that applies it when its transaction commits, and of
 * every other instance through a PostgreSQL notification sent in that transaction. Unknown keys are not cached (a key
 * issued a moment ago works at once); failed authentications are rate-limited instead.
 */
@Component
class ActiveApiKeys implements MerchantCredentials {

    static final String REVOKED = "ipp_api_key_revoked";
    private static final Duration KEPT_FOR = Duration.ofMinutes(10);

    private final ApiKeyViewRepository apiKeys;
    private final JdbcTemplate jdbc;
    private final Cache<String, MerchantPrincipal> active = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(KEPT_FOR)
            .build();

    ActiveApiKeys(ApiKeyViewRepository apiKeys, JdbcTemplate jdbc, PostgresNotifications notifications) {
        this.apiKeys = apiKeys;
        this.jdbc = jdbc;
        notifications.subscribe(REVOKED, payload -> active.invalidateAll());
    }

    @Override
    public Optional<MerchantPrincipal> findActiveKey(String keyHash) {
        MerchantPrincipal cached = active.getIfPresent(keyHash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<MerchantPrincipal> found = apiKeys.findActive(keyHash)
                .map(key -> new MerchantPrincipal(key.merchantId(), key.apiKeyId()));
        found.ifPresent(principal -> active.put(keyHash, principal));
        return found;
    }

    /** Called in the transaction that records a revocation. */
    void revoked() {
        PostgresNotifications.send(jdbc, REVOKED, "");
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> active.invalidateAll());
        } else {
            active.invalidateAll();
        }
    }
}
