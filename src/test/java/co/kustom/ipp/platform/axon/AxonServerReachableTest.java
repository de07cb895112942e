package co.kustom.ipp.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import co.kustom.ipp.platform.failures.CommandFailures;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;

/** With Axon Server, a command is refused at once, as unavailable, while the connection to it is down. */
class AxonServerReachableTest {

    @Test
    void aCommandIsRefusedAtOnceWhileAxonServerIsNotConnectedAndGoesThroughOnceItIs() {
        AxonServerConnectionManager connections = mock(AxonServerConnectionManager.class);
        when(connections.getDefaultContext()).thenReturn("default");
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        commandBus.subscribe(String.class.getName(), command -> "handled " + command.getPayload());
        new AxonServerReachable(connections, commandBus, SimpleQueryBus.builder().build());
        var gateway = DefaultCommandGateway.builder().commandBus(commandBus).build();

        when(connections.isConnected("default")).thenReturn(false);
        Throwable refused = catchThrowable(() -> gateway.sendAndWait("pay"));
        assertThat(CommandFailures.isUnavailable(refused)).as(String.valueOf(refused)).isTrue();

        when(connections.isConnected("default")).thenReturn(true);
        assertThat((String) gateway.sendAndWait(GenericCommandMessage.asCommandMessage("pay"))).isEqualTo("handled pay");
    }
}
