package co.kustom.ipp.enrollment;

import static co.kustom.ipp.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.enrollment.api.CancelEnrollment;
import co.kustom.ipp.enrollment.api.CreateEnrollment;
import co.kustom.ipp.enrollment.api.EnrollmentCancelled;
import co.kustom.ipp.enrollment.api.EnrollmentConsumed;
import co.kustom.ipp.enrollment.api.EnrollmentCreated;
import co.kustom.ipp.enrollment.api.EnrollmentRedemption;
import co.kustom.ipp.enrollment.api.RedeemEnrollment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final UUID ENROLLMENT = UUID.randomUUID();
    static final UUID MERCHANT = UUID.randomUUID();
    static final UUID LOCATION = UUID.randomUUID();
    static final UUID DEVICE = UUID.randomUUID();
    static final Map<String, String> METADATA = Map.of("till", "3");

    AggregateTestFixture<Enrollment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Enrollment.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static EnrollmentCreated created(Instant expiresAt) {
        return new EnrollmentCreated(ENROLLMENT, MERCHANT, LOCATION, "ABCD2345", METADATA, NOW.minusSeconds(60), expiresAt);
    }

    @Test
    void aCodeLivesForItsLifetime() {
        fixture.givenNoPriorActivity()
                .when(new CreateEnrollment(ENROLLMENT, MERCHANT, LOCATION, "ABCD2345", METADATA, Duration.ofHours(2)))
                .expectEvents(new EnrollmentCreated(ENROLLMENT, MERCHANT, LOCATION, "ABCD2345", METADATA, NOW,
                        NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void aPendingCodeIsRedeemedOnceAndHandsOverMerchantLocationAndMetadata() {
        fixture.given(created(NOW.plusSeconds(60)))
                .when(new RedeemEnrollment(ENROLLMENT, DEVICE))
                .expectEvents(new EnrollmentConsumed(ENROLLMENT, MERCHANT, DEVICE, NOW))
                .expectResultMessagePayload(new EnrollmentRedemption(MERCHANT, LOCATION, METADATA));
    }

    @Test
    void aConsumedCodeCannotBeRedeemedAgain() {
        fixture.given(created(NOW.plusSeconds(60)), new EnrollmentConsumed(ENROLLMENT, MERCHANT, DEVICE, NOW))
                .when(new RedeemEnrollment(ENROLLMENT, UUID.randomUUID()))
                .expectNoEvents()
                .expectExceptionDetails(problem(400, "ENROLLMENT_CODE_CONSUMED"));
    }

    @Test
    void aCancelledCodeCannotBeRedeemed() {
        fixture.given(created(NOW.plusSeconds(60)), new EnrollmentCancelled(ENROLLMENT, MERCHANT, NOW))
                .when(new RedeemEnrollment(ENROLLMENT, DEVICE))
                .expectNoEvents()
                .expectExceptionDetails(problem(400, "ENROLLMENT_CODE_CANCELLED"));
    }

    @Test
    void aCodeExpiresTheMomentItsLifetimeEnds() {
        fixture.given(created(NOW))
                .when(new RedeemEnrollment(ENROLLMENT, DEVICE))
                .expectNoEvents()
                .expectExceptionDetails(problem(400, "ENROLLMENT_CODE_EXPIRED"));
    }

    @Test
    void cancellingAPendingCodeOnceAndThenAgainChangesNothingMore() {
        fixture.given(created(NOW.plusSeconds(60)))
                .when(new CancelEnrollment(ENROLLMENT, MERCHANT))
                .expectEvents(new EnrollmentCancelled(ENROLLMENT, MERCHANT, NOW));
        fixture.given(created(NOW.plusSeconds(60)), new EnrollmentCancelled(ENROLLMENT, MERCHANT, NOW))
                .when(new CancelEnrollment(ENROLLMENT, MERCHANT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aConsumedCodeCannotBeCancelled() {
        fixture.given(created(NOW.plusSeconds(60)), new EnrollmentConsumed(ENROLLMENT, MERCHANT, DEVICE, NOW))
                .when(new CancelEnrollment(ENROLLMENT, MERCHANT))
                .expectExceptionDetails(problem(409, "ENROLLMENT_CONSUMED"));
    }

    @Test
    void anotherMerchantCannotCancelIt() {
        fixture.given(created(NOW.plusSeconds(60)))
                .when(new CancelEnrollment(ENROLLMENT, UUID.randomUUID()))
                .expectNoEvents()
                .expectExceptionDetails(problem(404, "NOT_FOUND"));
    }

    @Test
    void shortLivedCodesAreEightUnambiguousCharactersLongerLivedOnesUuids() {
        for (int i = 0; i < 200; i++) {
            String code = EnrollmentCode.generate(Duration.ofHours(2));
            assertThat(code).hasSize(8).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}").doesNotContain("0", "O", "1", "I", "L");
        }
        assertThat(UUID.fromString(EnrollmentCode.generate(Duration.ofHours(2).plusMillis(1)))).isNotNull();
        assertThat(EnrollmentCode.normalize(" abcd2345 ")).isEqualTo("ABCD2345");
    }
}
