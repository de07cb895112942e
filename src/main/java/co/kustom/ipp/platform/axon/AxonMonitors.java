package co.kustom.ipp.platform.axon;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monitors Axon's Micrometer module gives the event processors and the command and query buses (the same
 * monitors, meter names and tags), except the window of their {@code capacity} gauges. Axon keeps one entry per
 * handled message for ten minutes, per component and payload type: under sustained load that held a quarter of the
 * heap, and more after a rebuild. One minute still shows how busy a processor or bus is, and sooner.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.metrics.auto-configuration.enabled", matchIfMissing = true)
class AxonMonitors {

    private static final long CAPACITY_WINDOW_MINUTES = 1;

    @Bean
    ConfigurerModule capacityOverAMinute(MeterRegistry registry) {
        return configurer -> configurer
                .configureMessageMonitor(TrackingEventProcessor.class,
                        (config, componentType, name) -> eventProcessor(registry, name))
                .configureMessageMonitor(CommandBus.class, (config, componentType, name) -> bus(registry, name))
                .configureMessageMonitor(QueryBus.class, (config, componentType, name) -> bus(registry, name));
    }

    private static MessageMonitor<Message<?>> eventProcessor(MeterRegistry registry, String processorName) {
        Function<Message<?>, Iterable<Tag>> byPayloadType = message -> Tags.of(
                "payloadType", message.getPayloadType().getSimpleName(), "processorName", processorName);
        Function<Message<?>, Iterable<Tag>> byProcessor = message -> Tags.of("processorName", processorName);
        String prefix = "eventProcessor";
        return all(List.of(
                MessageTimerMonitor.buildMonitor(prefix, registry, byPayloadType),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(prefix).meterRegistry(registry)
                        .tagsBuilder(byProcessor).build(),
                CapacityMonitor.buildMonitor(prefix, registry, CAPACITY_WINDOW_MINUTES, TimeUnit.MINUTES,
                        byPayloadType),
                MessageCountingMonitor.buildMonitor(prefix, registry, byPayloadType)));
    }

    private static MessageMonitor<Message<?>> bus(MeterRegistry registry, String name) {
        Function<Message<?>, Iterable<Tag>> byPayloadType = TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION;
        return all(List.of(
                MessageCountingMonitor.buildMonitor(name, registry, byPayloadType),
                MessageTimerMonitor.buildMonitor(name, registry, byPayloadType),
                CapacityMonitor.buildMonitor(name, registry, CAPACITY_WINDOW_MINUTES, TimeUnit.MINUTES,
                        byPayloadType)));
    }

    /** A processor hands its monitor event messages only; the latency monitor is typed to those. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MessageMonitor<Message<?>> all(List<? extends MessageMonitor<?>> monitors) {
        return new MultiMessageMonitor(monitors);
    }
}
