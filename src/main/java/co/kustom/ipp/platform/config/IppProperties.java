package co.kustom.ipp.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the service ({@code ipp.*} in application.yml, each overridable by an environment variable).
 */
@Validated
@ConfigurationProperties("ipp")
public record IppProperties(
        @NotNull Environment environment,
        String demoApiKey,
        String adminToken,
        @NotNull Path dataDir,
        @Valid @NotNull Session session,
        @Valid @NotNull Device device,
        @Valid @NotNull Playground playground,
        @Valid @NotNull Callback callback,
        @Valid @NotNull Idempotency idempotency,
        @Valid @NotNull Limits limits,
        @Valid @NotNull Processing processing,
        @Valid @NotNull Metrics metrics) {

    public enum Environment {
        PLAYGROUND("kco_test_api_"),
        PRODUCTION("kco_live_api_");

        private final String apiKeyPrefix;

        Environment(String apiKeyPrefix) {
            this.apiKeyPrefix = apiKeyPrefix;
        }

        public String apiKeyPrefix() {
            return apiKeyPrefix;
        }
    }

    public record Session(@NotNull Duration lifetime) {
    }

    /** Playground only: how long a simulated device in auto mode pauses before each of its steps. */
    public record Playground(@NotNull Duration autoDeviceDelay) {
    }

    /** Device presence: {@code last_seen_at} is written at most once per interval; online means seen within the window. */
    public record Device(@NotNull Duration presenceWriteInterval, @NotNull Duration onlineWindow) {
    }

    /** Callback delivery: retried with exponential backoff and jitter until {@code giveUpAfter}, then parked. */
    public record Callback(@NotNull Duration initialBackoff, @NotNull Duration maxBackoff,
                           @NotNull Duration giveUpAfter, @NotNull Duration timeout, boolean allowLoopback) {
    }

    /** How long an {@code Idempotency-Key}'s first answer is kept for its retries. */
    public record Idempotency(@NotNull Duration retention) {
    }

    /** Request size and rate limits; a rate is {@code requests} per {@code per}, with a burst of {@code requests}. */
    public record Limits(@NotNull DataSize maxBodySize, @Valid @NotNull Rate apiKey, @Valid @NotNull Rate deviceToken,
                         @Valid @NotNull Rate registration, @Valid @NotNull Rate failedAuthentication) {
    }

    /**
     * Event processors: the most events one transaction of a processor applies, how long a command's answer waits
     * for the views to show what it changed, and how often the event store in PostgreSQL is polled for events stored by
     * another instance; the segments of each processor named (one for the others), how long an instance's claim on a
     * segment lasts unrenewed, how often an instance looks for segments to claim or to hand over, and how many events
     * behind the head each processor may be for the instance to report ready.
     */
    public record Processing(@Positive int batchSize, @NotNull Duration readYourWritesTimeout,
                             @NotNull Duration pollInterval, @NotNull Map<String, @Positive Integer> segments,
                             @NotNull Duration claimTimeout, @NotNull Duration claimInterval,
                             @PositiveOrZero long readyLag) {

        public int segmentsOf(String processor) {
            return segments.getOrDefault(processor, 1);
        }
    }

    /** Whether {@code /actuator/prometheus} answers without the operator token (on a port only the scraper reaches). */
    public record Metrics(boolean open) {
    }

    public record Rate(@Positive long requests, @NotNull Duration per) {
    }

    public boolean isPlayground() {
        return environment == Environment.PLAYGROUND;
    }
}
