package co.kustom.ipp.platform.axon;

import java.util.List;
import java.util.function.BiFunction;

import co.kustom.ipp.platform.failures.CommandFailures;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With Axon Server, a command or query is refused at once while this instance has no connection to it, so the request
 * is answered 503 with {@code Retry-After} ({@link CommandFailures#isUnavailable}) instead of waiting for the connector
 * to reconnect. The connector reconnects by itself ({@code axon.axonserver.reconnect-interval}); the first dispatch
 * after that goes through.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class AxonServerReachable implements MessageDispatchInterceptor<Message<?>> {

    private final AxonServerConnectionManager connections;

    AxonServerReachable(AxonServerConnectionManager connections, CommandBus commandBus, QueryBus queryBus) {
        this.connections = connections;
        commandBus.registerDispatchInterceptor(this);
        queryBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, Message<?>, Message<?>> handle(List<? extends Message<?>> messages) {
        return (index, message) -> {
            if (!connections.isConnected(connections.getDefaultContext())) {
                throw new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(),
                        "No connection to Axon Server; the connector is reconnecting");
            }
            return message;
        };
    }
}
