package co.kustom.ipp.merchant;

import static co.kustom.ipp.platform.domain.Refusal.Kind.CONFLICT;
import static co.kustom.ipp.platform.domain.Refusal.Kind.INVALID;
import static co.kustom.ipp.platform.domain.Refusal.Kind.NOT_FOUND;
import static co.kustom.ipp.support.RefusalMatchers.refused;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.callback.api.CallbackSecrets;
import co.kustom.ipp.merchant.api.AddWebhookDestination;
import co.kustom.ipp.merchant.api.ApiKeyIssued;
import co.kustom.ipp.merchant.api.ApiKeyRevoked;
import co.kustom.ipp.merchant.api.CallbackEndpointConfiguration;
import co.kustom.ipp.merchant.api.CallbackEndpointConfigured;
import co.kustom.ipp.merchant.api.ChangeWebhookDestination;
import co.kustom.ipp.merchant.api.ConfigureCallbackEndpoint;
import co.kustom.ipp.merchant.api.CreateMerchant;
import co.kustom.ipp.merchant.api.IssueApiKey;
import co.kustom.ipp.merchant.api.MerchantCreated;
import co.kustom.ipp.merchant.api.RevokeApiKey;
import co.kustom.ipp.merchant.api.RemoveWebhookDestination;
import co.kustom.ipp.merchant.api.RotateWebhookSecret;
import co.kustom.ipp.merchant.api.WebhookDestinationAdded;
import co.kustom.ipp.merchant.api.WebhookDestinationChanged;
import co.kustom.ipp.merchant.api.WebhookDestinationRemoved;
import co.kustom.ipp.merchant.api.WebhookSecretRotated;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MerchantTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final UUID MERCHANT = UUID.randomUUID();
    static final UUID FIRST_KEY = UUID.randomUUID();
    static final UUID SECOND_KEY = UUID.randomUUID();
    static final UUID DESTINATION = UUID.randomUUID();
    static final String URL = "https://pos.example.com/callbacks";
    static final String CREATED = "ipp.session.created";

    AggregateTestFixture<Merchant> fixture;
    CallbackSecrets secrets;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Merchant.class);
        secrets = mock(CallbackSecrets.class);
        when(secrets.replace(any(), any())).thenReturn("whsec_bmV3");
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(secrets);
    }

    static MerchantCreated created() {
        return new MerchantCreated(MERCHANT, "Shop", NOW);
    }

    static ApiKeyIssued key(UUID id) {
        return new ApiKeyIssued(MERCHANT, id, "hash-" + id, "kco_test_api_abcd…", null, NOW);
    }

    @Test
    void aMerchantStartsWithOneKey() {
        fixture.givenNoPriorActivity()
                .when(new CreateMerchant(MERCHANT, " Shop ", FIRST_KEY, "hash-" + FIRST_KEY, "kco_test_api_abcd…"))
                .expectEvents(created(), new ApiKeyIssued(MERCHANT, FIRST_KEY, "hash-" + FIRST_KEY,
                        "kco_test_api_abcd…", "first key", NOW));
    }

    @Test
    void aMerchantNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateMerchant(MERCHANT, " ", FIRST_KEY, "hash", "hint"))
                .expectExceptionDetails(refused(INVALID, "BAD_VALUE"));
    }

    @Test
    void revokesAKeyWhileAnotherStaysActive() {
        fixture.given(created(), key(FIRST_KEY))
                .andGivenCommands(new IssueApiKey(MERCHANT, SECOND_KEY, "hash-" + SECOND_KEY, "kco_test_api_abcd…", null))
                .when(new RevokeApiKey(MERCHANT, FIRST_KEY))
                .expectEvents(new ApiKeyRevoked(MERCHANT, FIRST_KEY, NOW));
    }

    @Test
    void theLastActiveKeyCannotBeRevoked() {
        fixture.given(created(), key(FIRST_KEY), key(SECOND_KEY), new ApiKeyRevoked(MERCHANT, SECOND_KEY, NOW))
                .when(new RevokeApiKey(MERCHANT, FIRST_KEY))
                .expectNoEvents()
                .expectExceptionDetails(refused(CONFLICT, "LAST_API_KEY"));
    }

    @Test
    void revokingTwiceChangesNothingAndAnUnknownKeyIsNotFound() {
        fixture.given(created(), key(FIRST_KEY), key(SECOND_KEY), new ApiKeyRevoked(MERCHANT, SECOND_KEY, NOW))
                .when(new RevokeApiKey(MERCHANT, SECOND_KEY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created(), key(FIRST_KEY))
                .when(new RevokeApiKey(MERCHANT, UUID.randomUUID()))
                .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
    }

    static WebhookDestinationAdded destination(UUID id, List<String> events) {
        return new WebhookDestinationAdded(MERCHANT, id, "Orders", URL, events, NOW);
    }

    @Test
    void theFirstCallbackEndpointIsTheDefaultDestinationWithASecretALaterUrlChangeKeepsIt() {
        fixture.given(created(), key(FIRST_KEY))
                .when(new ConfigureCallbackEndpoint(MERCHANT, URL))
                .expectEvents(new WebhookDestinationAdded(MERCHANT, MERCHANT, "Default", URL, List.of("*"), NOW))
                .expectResultMessagePayload(new CallbackEndpointConfiguration(URL, "whsec_bmV3"));

        secrets = mock(CallbackSecrets.class);
        fixture = new AggregateTestFixture<>(Merchant.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(secrets);
        fixture.given(created(), key(FIRST_KEY),
                        new WebhookDestinationAdded(MERCHANT, MERCHANT, "Default", URL, List.of("*"), NOW),
                        new WebhookDestinationChanged(MERCHANT, MERCHANT, "Shop", URL, List.of(CREATED), NOW))
                .when(new ConfigureCallbackEndpoint(MERCHANT, URL + "/v2"))
                .expectEvents(new WebhookDestinationChanged(MERCHANT, MERCHANT, "Shop", URL + "/v2", List.of(CREATED),
                        NOW))
                .expectResultMessagePayload(new CallbackEndpointConfiguration(URL + "/v2", null));
        verify(secrets, never()).replace(any(), any());
    }

    @Test
    void anEndpointConfiguredBeforeDestinationsIsTheDefaultDestination() {
        fixture.given(created(), key(FIRST_KEY), new CallbackEndpointConfigured(MERCHANT, URL, NOW))
                .when(new ConfigureCallbackEndpoint(MERCHANT, URL + "/v2"))
                .expectEvents(new WebhookDestinationChanged(MERCHANT, MERCHANT, "Default", URL + "/v2",
                        List.of("*"), NOW));
        fixture.given(created(), key(FIRST_KEY), new CallbackEndpointConfigured(MERCHANT, URL, NOW))
                .when(new RotateWebhookSecret(MERCHANT, MERCHANT))
                .expectEvents(new WebhookSecretRotated(MERCHANT, MERCHANT, NOW))
                .expectResultMessagePayload("whsec_bmV3");
    }

    @Test
    void rotatingTheDefaultSecretNeedsAnEndpoint() {
        fixture.given(created(), key(FIRST_KEY))
                .when(new RotateWebhookSecret(MERCHANT, MERCHANT))
                .expectNoEvents()
                .expectExceptionDetails(refused(CONFLICT, "CALLBACK_ENDPOINT_NOT_CONFIGURED"));
    }

    @Test
    void aDestinationIsAddedWithASecretOfItsOwn() {
        fixture.given(created(), key(FIRST_KEY))
                .when(new AddWebhookDestination(MERCHANT, DESTINATION, "Orders", URL, List.of(CREATED)))
                .expectEvents(destination(DESTINATION, List.of(CREATED)))
                .expectResultMessagePayload("whsec_bmV3");
        verify(secrets).replace(MERCHANT, DESTINATION);
    }

    @Test
    void aMerchantHasAtMostTenDestinations() {
        List<Object> ten = new ArrayList<>(List.of(created(), key(FIRST_KEY)));
        for (int i = 0; i < Merchant.MAX_DESTINATIONS; i++) {
            ten.add(destination(UUID.randomUUID(), List.of("*")));
        }
        fixture.given(ten)
                .when(new AddWebhookDestination(MERCHANT, DESTINATION, "Orders", URL, List.of("*")))
                .expectNoEvents()
                .expectExceptionDetails(refused(CONFLICT, "DESTINATION_LIMIT"));
        ten.add(new WebhookDestinationRemoved(MERCHANT, ((WebhookDestinationAdded) ten.get(2)).destinationId(), NOW));
        fixture.given(ten)
                .when(new AddWebhookDestination(MERCHANT, DESTINATION, "Orders", URL, List.of("*")))
                .expectEvents(destination(DESTINATION, List.of("*")));
    }

    @Test
    void aDestinationChangesWhenSomethingDiffers() {
        fixture.given(created(), key(FIRST_KEY), destination(DESTINATION, List.of(CREATED)))
                .when(new ChangeWebhookDestination(MERCHANT, DESTINATION, "Orders", URL, List.of(CREATED)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created(), key(FIRST_KEY), destination(DESTINATION, List.of(CREATED)))
                .when(new ChangeWebhookDestination(MERCHANT, DESTINATION, "Orders", URL, List.of("*")))
                .expectEvents(new WebhookDestinationChanged(MERCHANT, DESTINATION, "Orders", URL, List.of("*"), NOW));
    }

    @Test
    void aRemovedOrUnknownDestinationIsNotFound() {
        fixture.given(created(), key(FIRST_KEY), destination(DESTINATION, List.of("*")))
                .when(new RemoveWebhookDestination(MERCHANT, DESTINATION))
                .expectEvents(new WebhookDestinationRemoved(MERCHANT, DESTINATION, NOW));
        Object removed = new WebhookDestinationRemoved(MERCHANT, DESTINATION, NOW);
        for (Object command : List.of(new RemoveWebhookDestination(MERCHANT, DESTINATION),
                new ChangeWebhookDestination(MERCHANT, DESTINATION, "Orders", URL, List.of("*")),
                new RotateWebhookSecret(MERCHANT, DESTINATION))) {
            fixture.given(created(), key(FIRST_KEY), destination(DESTINATION, List.of("*")), removed)
                    .when(command)
                    .expectNoEvents()
                    .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
        }
    }
}
