package co.kustom.ipp.platform.axon;

import java.util.List;
import java.util.function.BiFunction;

import co.kustom.ipp.platform.web.CorrelationIdFilter;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request's correlation id travels with what it causes: it is stamped on each command, copied onto the events
 * the command produces, and put in the log context of whichever thread (or instance) handles them.
 */
@Configuration(proxyBeanMethods = false)
public class CorrelationIds {

    private static final String KEY = CorrelationIdFilter.MDC_KEY;

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> correlationIdStamp() {
        return (List<? extends CommandMessage<?>> messages) -> (BiFunction<Integer, CommandMessage<?>, CommandMessage<?>>)
                (index, command) -> {
                    String id = MDC.get(KEY);
                    return id == null || command.getMetaData().containsKey(KEY) ? command
                            : command.andMetaData(java.util.Map.of(KEY, id));
                };
    }

    @Bean
    CorrelationDataProvider correlationIdToEvents() {
        return new SimpleCorrelationDataProvider(KEY);
    }

    /** Commands, queries and events are handled with their correlation id in the log context. */
    @Bean
    MessageHandlerInterceptor<Message<?>> correlationIdInLogs() {
        return (unitOfWork, chain) -> {
            Object id = unitOfWork.getMessage().getMetaData().get(KEY);
            String previous = MDC.get(KEY);
            if (id != null) {
                MDC.put(KEY, id.toString());
            }
            try {
                return chain.proceed();
            } finally {
                if (previous == null) {
                    MDC.remove(KEY);
                } else {
                    MDC.put(KEY, previous);
                }
            }
        };
    }
}
