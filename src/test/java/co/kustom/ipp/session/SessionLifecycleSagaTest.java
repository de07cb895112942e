package co.kustom.ipp.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.session.api.ExpireSession;
import co.kustom.ipp.session.api.LineItem;
import co.kustom.ipp.session.api.LineItemType;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionExpired;
import co.kustom.ipp.session.api.SessionFailed;
import co.kustom.ipp.session.api.SessionFinalized;
import co.kustom.ipp.session.api.SessionOrder;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The expiry deadline of a session: scheduled when it is created, cancelled when it ends, expiring it otherwise. */
class SessionLifecycleSagaTest {

    static final UUID SESSION = UUID.randomUUID();
    static final UUID MERCHANT = UUID.randomUUID();
    static final UUID DEVICE = UUID.randomUUID();
    static final UUID ORDER = UUID.randomUUID();
    static final Duration LIFETIME = Duration.ofHours(1);

    SagaTestFixture<SessionLifecycleSaga> fixture;
    Instant now;

    @BeforeEach
    void newFixture() {
        fixture = new SagaTestFixture<>(SessionLifecycleSaga.class);
        fixture.registerResource(new SessionExpiry(DefaultCommandGateway.builder()
                .commandBus(fixture.getCommandBus()).build()));
        now = fixture.currentTime();
    }

    SessionCreated created() {
        SessionOrder order = new SessionOrder(100, "SEK", now, null, List.of(new LineItem(LineItemType.PHYSICAL,
                null, "Coffee", 1L, null, 100L, 2500L, 100L, 0L, 20L, null)), null, null, 20, null);
        return new SessionCreated(SESSION, MERCHANT, DEVICE, UUID.randomUUID(), order, now, now.plus(LIFETIME));
    }

    @Test
    void schedulesTheExpiryAtExpiresAtWhenTheSessionIsCreated() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(created())
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(now.plus(LIFETIME), SessionLifecycleSaga.EXPIRY)
                .expectNoDispatchedCommands();
    }

    @Test
    void expiresTheSessionWhenTheDeadlineIsReached() {
        fixture.givenAPublished(created())
                .whenTimeElapses(LIFETIME)
                .expectDispatchedCommands(new ExpireSession(SESSION));
    }

    @Test
    void doesNotExpireASessionBeforeItsTime() {
        fixture.givenAPublished(created())
                .whenTimeElapses(LIFETIME.minusSeconds(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(now.plus(LIFETIME), SessionLifecycleSaga.EXPIRY);
    }

    @Test
    void aFinalizedSessionCancelsItsExpiry() {
        fixture.givenAPublished(created())
                .whenPublishingA(new SessionFinalized(SESSION, MERCHANT, DEVICE, ORDER, null, now))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void noExpiryAfterFinalize() {
        fixture.givenAPublished(created())
                .andThenAPublished(new SessionFinalized(SESSION, MERCHANT, DEVICE, ORDER, null, now))
                .whenTimeElapses(LIFETIME.multipliedBy(2))
                .expectNoDispatchedCommands();
    }

    @Test
    void aCancelledSessionCancelsItsExpiry() {
        fixture.givenAPublished(created())
                .whenPublishingA(new SessionCancelled(SESSION, MERCHANT, DEVICE, null, now))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aFailedSessionCancelsItsExpiry() {
        fixture.givenAPublished(created())
                .whenPublishingA(new SessionFailed(SESSION, MERCHANT, DEVICE, ORDER, "LOST_CARD", now))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void anExpiredSessionEndsTheSaga() {
        fixture.givenAPublished(created())
                .whenPublishingA(new SessionExpired(SESSION, MERCHANT, DEVICE, null, now.plus(LIFETIME)))
                .expectActiveSagas(0);
    }

    @Test
    void anotherSessionsEndLeavesThisOneWatched() {
        fixture.givenAPublished(created())
                .whenPublishingA(new SessionFinalized(UUID.randomUUID(), MERCHANT, DEVICE, ORDER, null, now))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(now.plus(LIFETIME), SessionLifecycleSaga.EXPIRY);
    }
}
