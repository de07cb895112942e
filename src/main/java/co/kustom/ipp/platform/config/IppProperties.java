package co.kustom.ipp.platform.config;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
        @Valid @NotNull Callback callback) {

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

    /** Callback delivery: retried with exponential backoff and jitter until {@code giveUpAfter}, then parked. */
    public record Callback(@NotNull Duration initialBackoff, @NotNull Duration maxBackoff,
                           @NotNull Duration giveUpAfter, @NotNull Duration timeout) {
    }

    public boolean isPlayground() {
        return environment == Environment.PLAYGROUND;
    }
}
