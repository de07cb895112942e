package co.kustom.ipp.support;

import java.util.UUID;

import co.kustom.ipp.location.api.CreateLocation;
import co.kustom.ipp.location.api.LocationAddress;
import co.kustom.ipp.merchant.api.CreateMerchant;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.security.ApiKeys;
import org.springframework.boot.test.context.TestComponent;

/** Creates merchants (with a key and a location) through the same commands the operator and portal use. */
@TestComponent
public class TestMerchants {

    public record TestMerchant(UUID merchantId, String apiKey, UUID locationId) {
    }

    private final Commands commands;
    private final IppProperties properties;

    TestMerchants(Commands commands, IppProperties properties) {
        this.commands = commands;
        this.properties = properties;
    }

    public TestMerchant create() {
        UUID merchantId = UUID.randomUUID();
        String prefix = properties.environment().apiKeyPrefix();
        String apiKey = ApiKeys.generate(prefix);
        commands.sendAndWait(new CreateMerchant(merchantId, "Merchant " + merchantId, UUID.randomUUID(),
                ApiKeys.hash(apiKey), ApiKeys.displayHint(apiKey, prefix)));
        return new TestMerchant(merchantId, apiKey, addLocation(merchantId, "Main store"));
    }

    public UUID addLocation(UUID merchantId, String name) {
        UUID locationId = UUID.randomUUID();
        commands.sendAndWait(new CreateLocation(locationId, merchantId,
                new LocationAddress(name, "Storgatan 1", null, "111 22", "Stockholm", "SE")));
        return locationId;
    }
}
