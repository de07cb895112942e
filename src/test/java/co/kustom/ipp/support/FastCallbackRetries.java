package co.kustom.ipp.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/** Callback retries in tenths of a second instead of seconds, so a test sees redeliveries and parking at once. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {"ipp.callback.initial-backoff=PT0.1S", "ipp.callback.max-backoff=PT0.3S",
        "ipp.callback.give-up-after=PT4S", "ipp.callback.timeout=PT2S"})
public @interface FastCallbackRetries {
}
