package co.kustom.ipp.support;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * What Axon Server changes, reproduced without one (profile {@code remote-buses}; {@code ./mvnw verify} runs every
 * HTTP test under it a second time):
 * <ul>
 *   <li>commands are handled on other threads, each in a transaction of its own (an {@link AsynchronousCommandBus}):
 *   a caller that holds a transaction or a row lock while it waits for a command deadlocks here as it would there;</li>
 *   <li>commands, their results, queries and their responses cross the wire: each is serialized and deserialized
 *   with the message serializer, so a result that only survives in memory (a raw generic type, a local exception
 *   type) is caught;</li>
 *   <li>a failed command reaches its sender as a {@link CommandExecutionException} carrying the failure's message
 *   and its serialized details, never as the exception the handler threw.</li>
 * </ul>
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Profile("remote-buses")
public class RemoteBusesConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService commandHandlingThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "remote-command-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    @Qualifier("localSegment")
    CommandBus commandBus(TransactionManager transactionManager, Configuration axon, ExecutorService commandHandlingThreads) {
        AsynchronousCommandBus bus = AsynchronousCommandBus.builder()
                .transactionManager(transactionManager)
                .executor(commandHandlingThreads)
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commandsOverTheWire(@Qualifier("messageSerializer") Serializer serializer) {
        return (unitOfWork, chain) -> {
            unitOfWork.transformMessage(command -> new GenericCommandMessage<>(
                    new GenericMessage<>(command.getIdentifier(), roundTrip(serializer, command.getPayload()),
                            roundTripMetaData(serializer, command.getMetaData())), command.getCommandName()));
            try {
                return roundTrip(serializer, chain.proceed());
            } catch (CommandExecutionException failure) {
                throw new CommandExecutionException(failure.getMessage(), null,
                        roundTrip(serializer, failure.getDetails().orElse(null)));
            } catch (Exception failure) {
                throw new CommandExecutionException(failure.getClass().getName() + ": " + failure.getMessage(), null);
            }
        };
    }

    @Bean
    MessageHandlerInterceptor<QueryMessage<?, ?>> queriesOverTheWire(@Qualifier("messageSerializer") Serializer serializer) {
        return (unitOfWork, chain) -> {
            unitOfWork.transformMessage(query -> new GenericQueryMessage<>(
                    new GenericMessage<>(query.getIdentifier(), roundTrip(serializer, query.getPayload()),
                            roundTripMetaData(serializer, query.getMetaData())),
                    query.getQueryName(), query.getResponseType()));
            Object response = chain.proceed();
            if (response instanceof Optional<?> optional) {
                return optional.map(value -> roundTrip(serializer, value));
            }
            return roundTrip(serializer, response);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(Serializer serializer, T value) {
        if (value == null) {
            return null;
        }
        SerializedObject<byte[]> serialized = serializer.serialize(value, byte[].class);
        return (T) serializer.deserialize(serialized);
    }

    private static MetaData roundTripMetaData(Serializer serializer, MetaData metaData) {
        return roundTrip(serializer, metaData);
    }
}
