package co.kustom.ipp.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import co.kustom.ipp.platform.config.IppProperties;
import org.springframework.util.unit.DataSize;

/** Settings for unit tests of components that read a few of them; the rest are the defaults. */
public final class TestProperties {

    private TestProperties() {
    }

    public static IppProperties of(IppProperties.Environment environment, String demoApiKey, String adminToken,
                                   boolean allowLoopbackCallbacks) {
        IppProperties.Rate rate = new IppProperties.Rate(1, Duration.ofSeconds(1));
        return new IppProperties(environment, demoApiKey, adminToken, Path.of("."),
                new IppProperties.Session(Duration.ofHours(1)),
                new IppProperties.Device(Duration.ofSeconds(10), Duration.ofSeconds(60)),
                new IppProperties.Playground(Duration.ofSeconds(1)),
                new IppProperties.Callback(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1),
                        Duration.ofSeconds(1), allowLoopbackCallbacks),
                new IppProperties.Idempotency(Duration.ofHours(24)),
                new IppProperties.Limits(DataSize.ofMegabytes(1), rate, rate, rate, rate),
                new IppProperties.Processing(100, Duration.ofSeconds(10), Duration.ofMillis(200), Map.of(),
                        Duration.ofSeconds(10), Duration.ofSeconds(5), 1000),
                new IppProperties.Metrics(false));
    }
}
