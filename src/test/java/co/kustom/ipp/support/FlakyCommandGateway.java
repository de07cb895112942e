package co.kustom.ipp.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's command gateway, which a test can make fail as an Axon Server outage does to a sender: refused
 * at once while "unavailable", or the next command handled and committed but its reply lost on the way back.
 */
public class FlakyCommandGateway implements CommandGateway {

    /** Puts the flaky gateway in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InPlace {

        @Bean
        static BeanPostProcessor flakyCommandGateway() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof CommandGateway gateway && !(bean instanceof FlakyCommandGateway)
                            ? new FlakyCommandGateway(gateway) : bean;
                }
            };
        }
    }

    private final CommandGateway delegate;
    private volatile boolean unavailable;
    private volatile boolean loseNextReply;

    FlakyCommandGateway(CommandGateway delegate) {
        this.delegate = delegate;
    }

    public void unavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    public void loseNextReply() {
        this.loseNextReply = true;
    }

    @Override
    public <R> R sendAndWait(Object command) {
        refuseWhileUnavailable();
        R result = delegate.sendAndWait(command);
        loseReplyIfAsked();
        return result;
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        refuseWhileUnavailable();
        R result = delegate.sendAndWait(command, timeout, unit);
        loseReplyIfAsked();
        return result;
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        refuseWhileUnavailable();
        delegate.send(command, callback);
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        refuseWhileUnavailable();
        return delegate.send(command);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }

    private void refuseWhileUnavailable() {
        if (unavailable) {
            throw new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(), "No connection to Axon Server");
        }
    }

    private void loseReplyIfAsked() {
        if (loseNextReply) {
            loseNextReply = false;
            throw new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(),
                    "The connection to Axon Server was lost before the reply arrived");
        }
    }
}
