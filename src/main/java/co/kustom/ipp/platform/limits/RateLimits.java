package co.kustom.ipp.platform.limits;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import co.kustom.ipp.platform.config.IppProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Token buckets per caller (Bucket4j), one kind per limit in {@code ipp.limits}. Buckets live in this instance's
 * memory, in a bounded cache that forgets idle callers: with several instances each enforces its own share.
 */
@Component
public class RateLimits {

    public enum Kind { API_KEY, DEVICE_TOKEN, REGISTRATION, FAILED_AUTHENTICATION }

    /** Whether a request may go ahead, and if not, after how many seconds it may. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
    }

    private static final int MAX_TRACKED_CALLERS = 100_000;

    private final Map<Kind, IppProperties.Rate> rates = new EnumMap<>(Kind.class);
    private final Map<Kind, Cache<String, Bucket>> buckets = new EnumMap<>(Kind.class);

    private final Map<Kind, Counter> rejections = new EnumMap<>(Kind.class);

    RateLimits(IppProperties properties, MeterRegistry meters) {
        IppProperties.Limits limits = properties.limits();
        for (Kind kind : Kind.values()) {
            rejections.put(kind, Counter.builder("ipp.rate_limit.rejections")
                    .description("Requests refused with 429 by a rate limit")
                    .tag("limit", kind.name().toLowerCase())
                    .register(meters));
        }
        rates.put(Kind.API_KEY, limits.apiKey());
        rates.put(Kind.DEVICE_TOKEN, limits.deviceToken());
        rates.put(Kind.REGISTRATION, limits.registration());
        rates.put(Kind.FAILED_AUTHENTICATION, limits.failedAuthentication());
        rates.forEach((kind, rate) -> buckets.put(kind, Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED_CALLERS)
                .expireAfterAccess(rate.per().multipliedBy(2).plus(Duration.ofMinutes(1)))
                .build()));
    }

    /** Takes one request from the caller's bucket. */
    public Verdict take(Kind kind, String caller) {
        var probe = bucket(kind, caller).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            rejections.get(kind).increment();
        }
        return new Verdict(probe.isConsumed(), seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whether the caller's bucket has a request left, without taking it. */
    public Verdict peek(Kind kind, String caller) {
        Bucket bucket = bucket(kind, caller);
        if (bucket.getAvailableTokens() > 0) {
            return new Verdict(true, 0);
        }
        rejections.get(kind).increment();
        return new Verdict(false, seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    private Bucket bucket(Kind kind, String caller) {
        IppProperties.Rate rate = rates.get(kind);
        return buckets.get(kind).get(caller, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.requests()).refillGreedy(rate.requests(), rate.per()).build())
                .build());
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
