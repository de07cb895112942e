package co.kustom.ipp.platform.config;

import java.time.Clock;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the service. Axon stamps event messages with its own static clock, so it is pointed at this
 * one too: event times and the times in views then agree, and a test that moves the clock moves both.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    @Bean
    Clock clock() {
        Clock clock = Clock.systemUTC();
        GenericEventMessage.clock = clock;
        return clock;
    }
}
