package co.kustom.ipp.session;

import co.kustom.ipp.platform.config.IppProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    SessionLifetime sessionLifetime(IppProperties properties) {
        return new SessionLifetime(properties.session().lifetime());
    }
}
