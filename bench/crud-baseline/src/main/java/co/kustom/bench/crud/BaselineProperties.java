package co.kustom.bench.crud;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("baseline")
record BaselineProperties(Path dataDir, String apiKey, Duration sessionLifetime) {
}
