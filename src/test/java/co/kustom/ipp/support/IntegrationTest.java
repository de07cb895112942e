package co.kustom.ipp.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port, on a real (embedded) PostgreSQL of its own. Tests isolate themselves by
 * creating their own merchants ({@link TestMerchants}), so one context serves every test class that uses it. Metrics
 * and tracing are on, as in production (Spring Boot's tests turn them off otherwise). Enrollment codes are random as
 * in production unless a test queues some ({@link ScriptedEnrollmentCodes}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ipp.data-dir=target/test-data/${random.uuid}")
@AutoConfigureObservability
@Import({TestMerchants.class, ScriptedEnrollmentCodes.class})
public @interface IntegrationTest {
}
