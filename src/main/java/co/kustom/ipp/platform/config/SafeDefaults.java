package co.kustom.ipp.platform.config;

import java.net.InetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Defaults that are safe together: the playground (its Testing endpoints and published demo key) listens on
 * loopback unless {@code SERVER_ADDRESS} says otherwise, and production refuses to start with playground settings or
 * a guessable operator token.
 */
@Component
class SafeDefaults implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    static final int MIN_OPERATOR_TOKEN_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(SafeDefaults.class);

    private final IppProperties properties;
    private final ServerProperties server;

    SafeDefaults(IppProperties properties, ServerProperties server) {
        this.properties = properties;
        this.server = server;
        if (!properties.isPlayground()) {
            refuseUnsafeProductionSettings(properties);
        }
    }

    static void refuseUnsafeProductionSettings(IppProperties properties) {
        if (properties.demoApiKey() != null && !properties.demoApiKey().isBlank()) {
            throw new IllegalStateException("IPP_DEMO_API_KEY is a playground setting; production refuses to start "
                    + "with a demo key set");
        }
        String operatorToken = properties.adminToken();
        if (operatorToken != null && !operatorToken.isBlank() && operatorToken.length() < MIN_OPERATOR_TOKEN_LENGTH) {
            throw new IllegalStateException("IPP_ADMIN_TOKEN is too short for production: use at least "
                    + MIN_OPERATOR_TOKEN_LENGTH + " random characters (or none to keep the operator API closed)");
        }
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (properties.isPlayground() && server.getAddress() == null) {
            factory.setAddress(InetAddress.getLoopbackAddress());
            log.info("Playground: listening on loopback only; set SERVER_ADDRESS to listen elsewhere");
        }
    }
}
