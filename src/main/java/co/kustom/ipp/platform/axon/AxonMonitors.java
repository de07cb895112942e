package co.kustom.ipp.platform.axon;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event processors and the command and query buses report the meters of Axon's Micrometer module through
 * {@link CachedMessageMonitor}, which registers each once instead of per message.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.metrics.auto-configuration.enabled", matchIfMissing = true)
class AxonMonitors {

    @Bean
    ConfigurerModule cachedMessageMonitors(MeterRegistry registry) {
        return configurer -> configurer
                .configureMessageMonitor(TrackingEventProcessor.class,
                        (config, componentType, name) -> CachedMessageMonitor.forEventProcessor(registry, name))
                .configureMessageMonitor(CommandBus.class,
                        (config, componentType, name) -> CachedMessageMonitor.forBus(registry, name))
                .configureMessageMonitor(QueryBus.class,
                        (config, componentType, name) -> CachedMessageMonitor.forBus(registry, name));
    }
}
