package co.kustom.ipp.playground;

import java.util.UUID;

import co.kustom.ipp.location.api.CreateLocation;
import co.kustom.ipp.location.api.FindLocation;
import co.kustom.ipp.location.api.LocationAddress;
import co.kustom.ipp.location.api.LocationDto;
import co.kustom.ipp.merchant.api.CreateMerchant;
import co.kustom.ipp.merchant.api.MerchantDirectory;
import co.kustom.ipp.platform.failures.CommandFailures;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.config.PlaygroundOnly;
import co.kustom.ipp.platform.security.ApiKeys;
import co.kustom.ipp.platform.web.Queries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * In playground, an empty database starts with one demo merchant, one demo location and an API key: the README's
 * published {@link #PUBLISHED_KEY} unless {@code IPP_DEMO_API_KEY} names another ({@code none}: no demo merchant), so
 * that the README's examples work on a fresh start. (The playground listens on loopback unless told otherwise.)
 */
@Component
@PlaygroundOnly
class DemoMerchant implements ApplicationRunner {

    static final String PUBLISHED_KEY = "kco_test_api_demo_key_0123456789abcdef";
    static final UUID MERCHANT_ID = UUID.fromString("de300000-0000-4000-a000-000000000001");
    static final UUID LOCATION_ID = UUID.fromString("de300000-0000-4000-a000-000000000002");
    private static final UUID API_KEY_ID = UUID.fromString("de300000-0000-4000-a000-000000000003");

    private static final Logger log = LoggerFactory.getLogger(DemoMerchant.class);

    private final Commands commands;
    private final Queries queries;
    private final MerchantDirectory merchants;
    private final IppProperties properties;

    DemoMerchant(Commands commands, Queries queries, MerchantDirectory merchants,
                 IppProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.merchants = merchants;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String key = properties.demoApiKey() == null || properties.demoApiKey().isBlank()
                ? PUBLISHED_KEY : properties.demoApiKey();
        if (key.equals("none")) {
            return;
        }
        String prefix = properties.environment().apiKeyPrefix();
        if (!key.startsWith(prefix) || key.length() < prefix.length() + 16) {
            throw new IllegalStateException("IPP_DEMO_API_KEY must start with " + prefix
                    + " followed by at least 16 characters");
        }
        if (merchants.count() == 0) {
            createUnlessAnotherInstanceDid(new CreateMerchant(MERCHANT_ID, "Demo Merchant", API_KEY_ID,
                    ApiKeys.hash(key), ApiKeys.displayHint(key, prefix)));
            log.info("Created the playground demo merchant {} with the API key from IPP_DEMO_API_KEY", MERCHANT_ID);
        }
        boolean demoMerchant = merchants.exists(MERCHANT_ID);
        boolean locationMissing = queries.find(new FindLocation(MERCHANT_ID, LOCATION_ID), LocationDto.class).isEmpty();
        if (demoMerchant && locationMissing) {
            createUnlessAnotherInstanceDid(new CreateLocation(LOCATION_ID, MERCHANT_ID, new LocationAddress(
                    "Demo Store", "Drottninggatan 1", null, "111 51", "Stockholm", "SE")));
        }
    }

    /** Instances starting together on an empty database race to seed it; the demo's fixed ids let one win. */
    private void createUnlessAnotherInstanceDid(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException failure) {
            if (!CommandFailures.isConflict(failure)) {
                throw failure;
            }
            log.info("Another instance created the demo data first");
        }
    }
}
