package co.kustom.ipp.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestProperties;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Readiness counts how far each processor segment this instance holds is behind the head of the event store. */
@IntegrationTest
class ProcessorLagTest {

    @LocalServerPort
    int port;
    @Autowired
    Configuration axon;

    @Test
    void theInstanceIsReadyWhileItsProcessorsAreNearTheHead() {
        assertThat(Api.at(port).get("/actuator/health/readiness").body().at("/components/processors/status").asText())
                .isEqualTo("UP");
        assertThat(lagging(Long.MAX_VALUE).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProcessorBehindTheBoundTakesTheInstanceOutOfServiceAndIsNamed() {
        Health health = lagging(-1);
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        Map<String, Long> lag = (Map<String, Long>) health.getDetails().get("lag");
        assertThat(lag).containsKeys("session-view", "callback-outbox").allSatisfy((name, events) ->
                assertThat(events).isGreaterThanOrEqualTo(0));
    }

    /** The indicator with the given bound (-1: every processor counts as behind). */
    private Health lagging(long bound) {
        IppProperties defaults = TestProperties.of(IppProperties.Environment.PLAYGROUND, null, null, false);
        IppProperties.Processing processing = defaults.processing();
        IppProperties properties = new IppProperties(defaults.environment(), defaults.demoApiKey(),
                defaults.adminToken(), defaults.dataDir(), defaults.session(), defaults.device(),
                defaults.playground(), defaults.callback(), defaults.idempotency(), defaults.limits(),
                new IppProperties.Processing(processing.batchSize(), processing.readYourWritesTimeout(),
                        processing.pollInterval(), processing.segments(), processing.claimTimeout(),
                        processing.claimInterval(), bound),
                defaults.metrics());
        var beans = new StaticListableBeanFactory(Map.of("axon", axon));
        return new ProcessorLag(beans.getBeanProvider(Configuration.class), properties).health();
    }
}
