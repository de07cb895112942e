package co.kustom.ipp.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The axonserver profile on a build without the connector refuses to start rather than run on local buses. */
class AxonServerConnectorRequiredTest {

    private final ApplicationContextRunner withoutConnector = new ApplicationContextRunner()
            .withClassLoader(new FilteredClassLoader("org.axonframework.axonserver.connector"))
            .withUserConfiguration(AxonServerConnectorRequired.class);

    @Test
    void axonServerEnabledWithoutTheConnectorRefusesToStart() {
        withoutConnector.withPropertyValues("axon.axonserver.enabled=true").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("-Paxonserver"));
    }

    @Test
    void localBusesStartWithoutTheConnector() {
        withoutConnector.withPropertyValues("axon.axonserver.enabled=false").run(context ->
                assertThat(context).hasNotFailed());
        withoutConnector.run(context -> assertThat(context).hasNotFailed());
    }
}
