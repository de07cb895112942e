package co.kustom.ipp.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import co.kustom.ipp.platform.security.CallerLogContext;
import co.kustom.ipp.platform.web.CorrelationIdFilter;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request's context travels with what it causes: its correlation id, the merchant it acts for and its W3C trace
 * context are stamped on each command, copied onto the events the command produces (the callback outbox sends the
 * trace context on with the callbacks), and the first two are put in the log context of whichever thread (or
 * instance) handles them.
 */
@Configuration(proxyBeanMethods = false)
public class CorrelationIds {

    public static final String TRACEPARENT = "traceparent";
    private static final List<String> LOGGED = List.of(CorrelationIdFilter.MDC_KEY, CallerLogContext.MERCHANT_ID);

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> requestContextStamp(ObjectProvider<Tracer> tracer) {
        return (List<? extends CommandMessage<?>> messages) -> (BiFunction<Integer, CommandMessage<?>, CommandMessage<?>>)
                (index, command) -> {
                    Map<String, Object> context = new HashMap<>();
                    for (String key : LOGGED) {
                        String value = MDC.get(key);
                        if (value != null && !command.getMetaData().containsKey(key)) {
                            context.put(key, value);
                        }
                    }
                    Tracer current = tracer.getIfAvailable();
                    TraceContext trace = current == null ? null : current.currentTraceContext().context();
                    if (trace != null && !command.getMetaData().containsKey(TRACEPARENT)) {
                        context.put(TRACEPARENT, "00-" + trace.traceId() + "-" + trace.spanId() + "-"
                                + (Boolean.TRUE.equals(trace.sampled()) ? "01" : "00"));
                    }
                    return context.isEmpty() ? command : command.andMetaData(context);
                };
    }

    @Bean
    CorrelationDataProvider requestContextToEvents() {
        return new SimpleCorrelationDataProvider(CorrelationIdFilter.MDC_KEY, CallerLogContext.MERCHANT_ID, TRACEPARENT);
    }

    /** Commands, queries and events are handled with their correlation id and merchant in the log context. */
    @Bean
    MessageHandlerInterceptor<Message<?>> requestContextInLogs() {
        return (unitOfWork, chain) -> {
            Map<String, String> previous = new HashMap<>();
            for (String key : LOGGED) {
                Object value = unitOfWork.getMessage().getMetaData().get(key);
                if (value != null) {
                    previous.put(key, MDC.get(key));
                    MDC.put(key, value.toString());
                }
            }
            try {
                return chain.proceed();
            } finally {
                previous.forEach((key, value) -> {
                    if (value == null) {
                        MDC.remove(key);
                    } else {
                        MDC.put(key, value);
                    }
                });
            }
        };
    }
}
