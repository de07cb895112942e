package co.kustom.ipp.platform.axon;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;

/**
 * The default build leaves the Axon Server connector out. Without it, {@code axon.axonserver.enabled} would be read by
 * nobody and the service would quietly run on its local buses and event store, apart from every other instance: it
 * refuses to start instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
@ConditionalOnMissingClass("org.axonframework.axonserver.connector.AxonServerConfiguration")
class AxonServerConnectorRequired {

    AxonServerConnectorRequired() {
        throw new IllegalStateException("The axonserver profile needs the Axon Server connector, which this build "
                + "does not include: build with ./mvnw -Paxonserver package");
    }
}
