package co.kustom.ipp.session;

import static co.kustom.ipp.platform.domain.Refusal.Kind.CONFLICT;
import static co.kustom.ipp.platform.domain.Refusal.Kind.NOT_FOUND;
import static co.kustom.ipp.support.RefusalMatchers.invalid;
import static co.kustom.ipp.support.RefusalMatchers.naming;
import static co.kustom.ipp.support.RefusalMatchers.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.allOf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.session.api.ActivateSession;
import co.kustom.ipp.session.api.CancelSession;
import co.kustom.ipp.session.api.CancelSessionOfDeletedDevice;
import co.kustom.ipp.session.api.CompleteSession;
import co.kustom.ipp.session.api.FailPaymentAttempt;
import co.kustom.ipp.session.api.PaymentAttemptFailed;
import co.kustom.ipp.session.api.PaymentMethod;
import co.kustom.ipp.session.api.SessionActivated;
import co.kustom.ipp.session.api.SessionFailed;
import co.kustom.ipp.session.api.SessionFinalized;
import co.kustom.ipp.session.api.CreateSession;
import co.kustom.ipp.session.api.ExpireSession;
import co.kustom.ipp.session.api.LineItem;
import co.kustom.ipp.session.api.LineItemType;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionExpired;
import co.kustom.ipp.session.api.SessionOrder;
import co.kustom.ipp.platform.domain.DomainRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the Session aggregate: what it accepts, what it refuses and with which problem. */
class SessionTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final Duration LIFETIME = Duration.ofHours(1);
    static final UUID MERCHANT = UUID.randomUUID();
    static final UUID LOCATION = UUID.randomUUID();
    static final UUID DEVICE = UUID.randomUUID();
    static final UUID SESSION = UUID.randomUUID();

    /** The devices the aggregate sees through its port. */
    static class FakeDevices implements SessionDevices {
        final Map<UUID, SessionDevice> devices = new HashMap<>();
        final Map<UUID, UUID> owners = new HashMap<>();

        FakeDevices with(UUID merchantId, UUID deviceId, SessionDevice device) {
            devices.put(deviceId, device);
            owners.put(deviceId, merchantId);
            return this;
        }

        @Override
        public Optional<SessionDevice> lock(UUID merchantId, UUID deviceId) {
            return merchantId.equals(owners.get(deviceId)) ? Optional.of(devices.get(deviceId)) : Optional.empty();
        }

        @Override
        public void occupy(UUID deviceId, UUID sessionId) {
            SessionDevice device = devices.get(deviceId);
            devices.put(deviceId, new SessionDevice(device.locationId(), device.active(), Optional.of(sessionId)));
        }

        @Override
        public void release(UUID deviceId, UUID sessionId) {
            SessionDevice device = devices.get(deviceId);
            if (device != null && device.openSessionId().equals(Optional.of(sessionId))) {
                devices.put(deviceId, new SessionDevice(device.locationId(), device.active(), Optional.empty()));
            }
        }

        @Override
        public Optional<UUID> openSession(UUID deviceId) {
            return devices.get(deviceId).openSessionId();
        }
    }

    AggregateTestFixture<Session> fixture;
    FakeDevices devices;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Session.class);
        devices = new FakeDevices().with(MERCHANT, DEVICE, new SessionDevices.SessionDevice(LOCATION, true, Optional.empty()));
        fixture.registerInjectableResource(devices);
        fixture.registerInjectableResource(new SessionLifetime(LIFETIME));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static LineItem line(long quantity, long unitPrice, long discount, long total, long tax) {
        return new LineItem(LineItemType.PHYSICAL, "SKU", "Item", quantity, null, unitPrice, 2500L, total, discount, tax, null);
    }

    /** The seed's example order: two T-shirts and a pair of socks, 2 400.00 SEK with 480.00 tax. */
    static SessionOrder seedOrder() {
        return order(240000, "SEK", 48000, List.of(line(2, 100000, 0, 200000, 40000), line(1, 40000, 0, 40000, 8000)));
    }

    static SessionOrder order(long amount, String currency, long tax, List<LineItem> lines) {
        return new SessionOrder(amount, currency, Instant.parse("2024-01-15T10:30:00Z"), null, lines, "ORDER-12345",
                null, tax, null);
    }

    static CreateSession create(SessionOrder order) {
        return new CreateSession(SESSION, MERCHANT, DEVICE, LOCATION, order);
    }

    static SessionCreated created() {
        return new SessionCreated(SESSION, MERCHANT, DEVICE, LOCATION, seedOrder(), NOW, NOW.plus(LIFETIME));
    }

    @Nested
    class Creating {

        @Test
        void createsTheSessionExpiringOneLifetimeLater() {
            fixture.givenNoPriorActivity()
                    .when(create(seedOrder()))
                    .expectEvents(created());
        }

        @Test
        void acceptsDiscountsThatAddUp() {
            SessionOrder discounted = order(15000, "EUR", 3000,
                    List.of(line(3, 6000, 3000, 15000, 3000)));
            fixture.givenNoPriorActivity()
                    .when(create(discounted))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAnOrderAmountThatIsNotTheSumOfItsLines() {
            fixture.givenNoPriorActivity()
                    .when(create(order(230000, "SEK", 48000, seedOrder().orderItems())))
                    .expectException(DomainRefusal.class)
                    .expectExceptionMessage("order_amount must equal the sum of order_items[].total_amount (230000 != 240000)")
                    .expectExceptionDetails(invalid("order_amount"));
        }

        @Test
        void refusesATaxAmountThatIsNotTheSumOfLineTaxes() {
            fixture.givenNoPriorActivity()
                    .when(create(order(240000, "SEK", 47999, seedOrder().orderItems())))
                    .expectExceptionDetails(invalid("order_tax_amount"));
        }

        @Test
        void refusesALineWhoseTotalIsNotQuantityTimesPriceLessDiscount() {
            fixture.givenNoPriorActivity()
                    .when(create(order(199999, "SEK", 40000, List.of(line(2, 100000, 0, 199999, 40000)))))
                    .expectExceptionDetails(invalid("order_items[0].total_amount"));
        }

        @Test
        void refusesAnOrderOfZero() {
            fixture.givenNoPriorActivity()
                    .when(create(order(0, "SEK", 0, List.of(line(1, 0, 0, 0, 0)))))
                    .expectExceptionDetails(invalid("order_amount"));
        }

        @Test
        void refusesAmountsThatOverflow() {
            fixture.givenNoPriorActivity()
                    .when(create(order(1, "SEK", 0, List.of(line(Integer.MAX_VALUE, Long.MAX_VALUE / 2, 0, 1, 0)))))
                    .expectExceptionDetails(invalid("order_items"));
        }

        @Test
        void refusesCurrenciesItDoesNotSupport() {
            fixture.givenNoPriorActivity()
                    .when(create(order(240000, "JPY", 48000, seedOrder().orderItems())))
                    .expectExceptionDetails(invalid("purchase_currency"));
            fixture.givenNoPriorActivity()
                    .when(create(order(240000, "sek", 48000, seedOrder().orderItems())))
                    .expectExceptionDetails(invalid("purchase_currency"));
        }

        @Test
        void acceptsEverySupportedCurrency() {
            for (String currency : List.of("SEK", "NOK", "DKK", "EUR", "GBP", "USD", "CHF", "PLN")) {
                fixture.givenNoPriorActivity()
                        .when(create(order(240000, currency, 48000, seedOrder().orderItems())))
                        .expectSuccessfulHandlerExecution();
                devices.release(DEVICE, SESSION);
            }
        }

        @Test
        void aDeviceOfAnotherMerchantIsNotFoundAsIfItDidNotExist() {
            devices.with(UUID.randomUUID(), DEVICE, new SessionDevices.SessionDevice(LOCATION, true, Optional.empty()));
            fixture.givenNoPriorActivity()
                    .when(create(seedOrder()))
                    .expectExceptionDetails(allOf(refused(NOT_FOUND, "DEVICE_NOT_FOUND"), naming("device_id")));
        }

        @Test
        void refusesADeregisteredDeviceAndOneStandingNowhere() {
            devices.with(MERCHANT, DEVICE, new SessionDevices.SessionDevice(LOCATION, false, Optional.empty()));
            fixture.givenNoPriorActivity()
                    .when(create(seedOrder()))
                    .expectExceptionDetails(refused(CONFLICT, "DEVICE_DEREGISTERED"));
            devices.with(MERCHANT, DEVICE, new SessionDevices.SessionDevice(null, true, Optional.empty()));
            fixture.givenNoPriorActivity()
                    .when(create(seedOrder()))
                    .expectExceptionDetails(refused(CONFLICT, "DEVICE_WITHOUT_LOCATION"));
        }

        @Test
        void aGivenLocationMustBeWhereTheDeviceStands() {
            devices.with(MERCHANT, DEVICE, new SessionDevices.SessionDevice(UUID.randomUUID(), true, Optional.empty()));
            fixture.givenNoPriorActivity()
                    .when(create(seedOrder()))
                    .expectExceptionDetails(invalid("location_id"));
        }

        @Test
        void withoutALocationTheSessionTakesTheDevicesOne() {
            fixture.givenNoPriorActivity()
                    .when(new CreateSession(SESSION, MERCHANT, DEVICE, null, seedOrder()))
                    .expectEvents(created());
        }

        @Test
        void aSessionKeepsItsDeviceBusyUntilItEnds() {
            fixture.givenNoPriorActivity()
                    .when(create(seedOrder()))
                    .expectSuccessfulHandlerExecution();
            assertThat(devices.openSession(DEVICE)).contains(SESSION);

            fixture.given(created())
                    .when(new CancelSession(SESSION, MERCHANT))
                    .expectSuccessfulHandlerExecution();
            assertThat(devices.openSession(DEVICE)).isEmpty();
        }

        @Test
        void refusesABusyDeviceNamingItsOpenSession() {
            UUID open = UUID.randomUUID();
            devices.with(MERCHANT, DEVICE, new SessionDevices.SessionDevice(LOCATION, true, Optional.of(open)));
            fixture.givenNoPriorActivity()
                    .when(create(seedOrder()))
                    .expectExceptionDetails(refused(CONFLICT, "DEVICE_BUSY"))
                    .expectExceptionMessage("Device " + DEVICE + " already has an unfinished session " + open);
        }
    }

    static final UUID ORDER = UUID.randomUUID();

    static SessionActivated activated(PaymentMethod method) {
        return new SessionActivated(SESSION, MERCHANT, DEVICE, method, ORDER, NOW);
    }

    static PaymentAttemptFailed failedAttempt(int attempt) {
        return new PaymentAttemptFailed(SESSION, MERCHANT, DEVICE, ORDER, attempt, "DECLINED_GENERIC", NOW);
    }

    @Nested
    class Activating {

        @Test
        void activatesACreatedSessionCreatingItsOrder() {
            fixture.given(created())
                    .when(new ActivateSession(SESSION, DEVICE, PaymentMethod.CARD))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            matches((SessionActivated event) -> event.paymentMethod() == PaymentMethod.CARD
                                    && event.orderId() != null && event.activatedAt().equals(NOW)
                                    && event.deviceId().equals(DEVICE)),
                            andNoMore())));
        }

        @Test
        void anActiveSessionIsNotActivatedAgain() {
            fixture.given(created(), activated(PaymentMethod.CARD))
                    .when(new ActivateSession(SESSION, DEVICE, PaymentMethod.KLARNA))
                    .expectNoEvents()
                    .expectExceptionDetails(refused(CONFLICT, "SESSION_ALREADY_ACTIVE"));
        }

        @Test
        void swishTakesOnlyKronor() {
            fixture.given(created())
                    .when(new ActivateSession(SESSION, DEVICE, PaymentMethod.SWISH))
                    .expectSuccessfulHandlerExecution();
            fixture.given(new SessionCreated(SESSION, MERCHANT, DEVICE, LOCATION,
                            order(240000, "EUR", 48000, seedOrder().orderItems()), NOW, NOW.plus(LIFETIME)))
                    .when(new ActivateSession(SESSION, DEVICE, PaymentMethod.SWISH))
                    .expectNoEvents()
                    .expectExceptionDetails(invalid("payment_method"));
        }

        @Test
        void vippsTakesOnlyNorwegianAndDanishKronerAndEuros() {
            for (String currency : List.of("NOK", "DKK", "EUR", "SEK", "GBP")) {
                if (List.of("NOK", "DKK", "EUR").contains(currency)) {
                    fixture.given(new SessionCreated(SESSION, MERCHANT, DEVICE, LOCATION,
                                    order(240000, currency, 48000, seedOrder().orderItems()), NOW, NOW.plus(LIFETIME)))
                            .when(new ActivateSession(SESSION, DEVICE, PaymentMethod.VIPPS))
                            .expectSuccessfulHandlerExecution();
                } else {
                    fixture.given(new SessionCreated(SESSION, MERCHANT, DEVICE, LOCATION,
                                    order(240000, currency, 48000, seedOrder().orderItems()), NOW, NOW.plus(LIFETIME)))
                            .when(new ActivateSession(SESSION, DEVICE, PaymentMethod.VIPPS))
                            .expectExceptionDetails(invalid("payment_method"));
                }
            }
        }

        @Test
        void anotherDevicesSessionIsNotFound() {
            fixture.given(created())
                    .when(new ActivateSession(SESSION, UUID.randomUUID(), PaymentMethod.CARD))
                    .expectNoEvents()
                    .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
        }
    }

    @Nested
    class Completing {

        @Test
        void completesAnActiveSession() {
            fixture.given(created(), activated(PaymentMethod.CARD))
                    .when(new CompleteSession(SESSION, DEVICE, "psp-123"))
                    .expectEvents(new SessionFinalized(SESSION, MERCHANT, DEVICE, ORDER, "psp-123", NOW));
        }

        @Test
        void aCreatedSessionMustBeActivatedFirst() {
            fixture.given(created())
                    .when(new CompleteSession(SESSION, DEVICE, null))
                    .expectNoEvents()
                    .expectExceptionDetails(refused(CONFLICT, "SESSION_NOT_ACTIVE"));
        }

        @Test
        void anotherDeviceCannotCompleteIt() {
            fixture.given(created(), activated(PaymentMethod.CARD))
                    .when(new CompleteSession(SESSION, UUID.randomUUID(), null))
                    .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
        }
    }

    @Nested
    class FailingAttempts {

        @Test
        void aFailedAttemptKeepsTheSessionActiveForAnother() {
            fixture.given(created(), activated(PaymentMethod.CARD))
                    .when(new FailPaymentAttempt(SESSION, DEVICE, "DECLINED_GENERIC"))
                    .expectEvents(failedAttempt(1));
            fixture.given(created(), activated(PaymentMethod.CARD), failedAttempt(1))
                    .when(new FailPaymentAttempt(SESSION, DEVICE, "DECLINED_GENERIC"))
                    .expectEvents(failedAttempt(2));
        }

        @Test
        void theThirdFailedAttemptFailsTheSession() {
            fixture.given(created(), activated(PaymentMethod.CARD), failedAttempt(1), failedAttempt(2))
                    .when(new FailPaymentAttempt(SESSION, DEVICE, "INSUFFICIENT_FUNDS"))
                    .expectEvents(new PaymentAttemptFailed(SESSION, MERCHANT, DEVICE, ORDER, 3, "INSUFFICIENT_FUNDS", NOW),
                            new SessionFailed(SESSION, MERCHANT, DEVICE, ORDER, "INSUFFICIENT_FUNDS", NOW));
        }

        @Test
        void aCompletionAfterAFailedAttemptFinalizes() {
            fixture.given(created(), activated(PaymentMethod.CARD), failedAttempt(1), failedAttempt(2))
                    .when(new CompleteSession(SESSION, DEVICE, null))
                    .expectEvents(new SessionFinalized(SESSION, MERCHANT, DEVICE, ORDER, null, NOW));
        }

        @Test
        void aCreatedSessionHasNoAttemptToFail() {
            fixture.given(created())
                    .when(new FailPaymentAttempt(SESSION, DEVICE, "DECLINED_GENERIC"))
                    .expectExceptionDetails(refused(CONFLICT, "SESSION_NOT_ACTIVE"));
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancelsACreatedSession() {
            fixture.given(created())
                    .when(new CancelSession(SESSION, MERCHANT))
                    .expectEvents(new SessionCancelled(SESSION, MERCHANT, DEVICE, null, NOW));
        }

        @Test
        void cancelsAnActiveSession() {
            fixture.given(created(), activated(PaymentMethod.KLARNA), failedAttempt(1))
                    .when(new CancelSession(SESSION, MERCHANT))
                    .expectEvents(new SessionCancelled(SESSION, MERCHANT, DEVICE, ORDER, NOW));
        }

        @Test
        void anotherMerchantsSessionIsNotFound() {
            fixture.given(created())
                    .when(new CancelSession(SESSION, UUID.randomUUID()))
                    .expectNoEvents()
                    .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
        }

        @Test
        void theDeletionOfItsDeviceCancelsAnOpenSessionAndFreesTheDevice() {
            devices.occupy(DEVICE, SESSION);
            fixture.given(created(), activated(PaymentMethod.CARD))
                    .when(new CancelSessionOfDeletedDevice(SESSION, DEVICE))
                    .expectEvents(new SessionCancelled(SESSION, MERCHANT, DEVICE, ORDER, NOW));
            assertThat(devices.openSession(DEVICE)).isEmpty();
        }

        @Test
        void theDeletionOfAnotherDeviceDoesNotCancelIt() {
            fixture.given(created())
                    .when(new CancelSessionOfDeletedDevice(SESSION, UUID.randomUUID()))
                    .expectNoEvents()
                    .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
        }
    }

    /** Every terminal state, reached its own way, refuses every command and stays as it was. */
    @Nested
    class Terminal {

        static List<Object[]> terminalHistories() {
            return List.of(
                    new Object[] {"FINALIZED", List.of(created(), activated(PaymentMethod.CARD),
                            new SessionFinalized(SESSION, MERCHANT, DEVICE, ORDER, null, NOW))},
                    new Object[] {"CANCELLED", List.of(created(), new SessionCancelled(SESSION, MERCHANT, DEVICE, null, NOW))},
                    new Object[] {"FAILED", List.of(created(), activated(PaymentMethod.CARD), failedAttempt(1),
                            failedAttempt(2), new PaymentAttemptFailed(SESSION, MERCHANT, DEVICE, ORDER, 3, "LOST_CARD", NOW),
                            new SessionFailed(SESSION, MERCHANT, DEVICE, ORDER, "LOST_CARD", NOW))});
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("terminalHistories")
        void refusesEveryCommand(String status, List<Object> history) {
            fixture.given(history).when(new ActivateSession(SESSION, DEVICE, PaymentMethod.CARD))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_" + status));
            fixture.given(history).when(new CompleteSession(SESSION, DEVICE, null))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_" + status));
            fixture.given(history).when(new FailPaymentAttempt(SESSION, DEVICE, "DECLINED_GENERIC"))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_" + status));
            fixture.given(history).when(new CancelSession(SESSION, MERCHANT))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_NOT_CANCELLABLE"));
        }

        /** The policy that sends it may send it again, or after the session ended: that is no failure. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("terminalHistories")
        void theDeletionOfItsDeviceChangesNothing(String status, List<Object> history) {
            fixture.given(history).when(new CancelSessionOfDeletedDevice(SESSION, DEVICE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Expiring {

        @Test
        void expiresAnOpenSession() {
            fixture.given(created())
                    .when(new ExpireSession(SESSION))
                    .expectEvents(new SessionExpired(SESSION, MERCHANT, DEVICE, null, NOW));
            fixture.given(created(), activated(PaymentMethod.SWISH))
                    .when(new ExpireSession(SESSION))
                    .expectEvents(new SessionExpired(SESSION, MERCHANT, DEVICE, ORDER, NOW));
        }

        @Test
        void aSessionThatEndedFirstStaysAsItEnded() {
            fixture.given(created(), new SessionCancelled(SESSION, MERCHANT, DEVICE, null, NOW))
                    .when(new ExpireSession(SESSION))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anExpiredSessionRefusesEveryCommand() {
            List<Object> history = List.of(created(), new SessionExpired(SESSION, MERCHANT, DEVICE, null, NOW));
            fixture.given(history).when(new ActivateSession(SESSION, DEVICE, PaymentMethod.CARD))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_EXPIRED"));
            fixture.given(history).when(new CancelSession(SESSION, MERCHANT))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_NOT_CANCELLABLE"));
            fixture.given(history).when(new ExpireSession(SESSION)).expectNoEvents();
            fixture.given(history).when(new CancelSessionOfDeletedDevice(SESSION, DEVICE))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Nested
    class PastItsExpiry {

        @BeforeEach
        void lateClock() {
            fixture = new AggregateTestFixture<>(Session.class);
            fixture.registerInjectableResource(devices);
            fixture.registerInjectableResource(new SessionLifetime(LIFETIME));
            fixture.registerInjectableResource(Clock.fixed(NOW.plus(LIFETIME), ZoneOffset.UTC));
        }

        @Test
        void nothingMoreHappensFromExpiresAtOn() {
            fixture.given(created()).when(new ActivateSession(SESSION, DEVICE, PaymentMethod.CARD))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_EXPIRED"));
            fixture.given(created(), activated(PaymentMethod.CARD)).when(new CompleteSession(SESSION, DEVICE, null))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_EXPIRED"));
            fixture.given(created(), activated(PaymentMethod.CARD)).when(new FailPaymentAttempt(SESSION, DEVICE, "x"))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_EXPIRED"));
            fixture.given(created()).when(new CancelSession(SESSION, MERCHANT))
                    .expectNoEvents().expectExceptionDetails(refused(CONFLICT, "SESSION_EXPIRED"));
        }

        @Test
        void theDeletionOfItsDeviceLeavesItToTheExpiryDeadline() {
            devices.occupy(DEVICE, SESSION);
            fixture.given(created()).when(new CancelSessionOfDeletedDevice(SESSION, DEVICE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            assertThat(devices.openSession(DEVICE)).contains(SESSION);
        }
    }
}
