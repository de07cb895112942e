package co.kustom.ipp.enrollment;

import static co.kustom.ipp.platform.domain.Refusal.Kind.CONFLICT;
import static co.kustom.ipp.platform.domain.Refusal.Kind.INVALID;
import static co.kustom.ipp.platform.domain.Refusal.Kind.NOT_FOUND;
import static co.kustom.ipp.support.RefusalMatchers.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
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
    InMemoryPendingEnrollmentCodes codes = new InMemoryPendingEnrollmentCodes();
    Queue<String> draws = new ArrayDeque<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Enrollment.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(codes);
        fixture.registerInjectableResource((EnrollmentCodeGenerator) lifetime -> draws.remove());
    }

    static CreateEnrollment create() {
        return new CreateEnrollment(ENROLLMENT, MERCHANT, LOCATION, METADATA, Duration.ofHours(2));
    }

    static EnrollmentCreated created(Instant expiresAt) {
        return new EnrollmentCreated(ENROLLMENT, MERCHANT, LOCATION, "ABCD2345", METADATA, NOW.minusSeconds(60), expiresAt);
    }

    @Test
    void aCodeLivesForItsLifetime() {
        draws.addAll(List.of("ABCD2345"));
        fixture.givenNoPriorActivity()
                .when(create())
                .expectEvents(new EnrollmentCreated(ENROLLMENT, MERCHANT, LOCATION, "ABCD2345", METADATA, NOW,
                        NOW.plus(Duration.ofHours(2))));
        assertThat(codes.entries).containsEntry("ABCD2345",
                new InMemoryPendingEnrollmentCodes.Entry(ENROLLMENT, NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void aCodeAnotherPendingEnrollmentHoldsIsDrawnAgainBeforeAnythingIsStored() {
        codes.claim("ABCD2345", UUID.randomUUID(), NOW, NOW.plusSeconds(1));
        draws.addAll(List.of("ABCD2345", "EFGH6789"));
        fixture.givenNoPriorActivity()
                .when(create())
                .expectEvents(new EnrollmentCreated(ENROLLMENT, MERCHANT, LOCATION, "EFGH6789", METADATA, NOW,
                        NOW.plus(Duration.ofHours(2))));
        assertThat(draws).isEmpty();
    }

    @Test
    void aCodeWhoseEnrollmentExpiredIsHandedOutAgain() {
        codes.claim("ABCD2345", UUID.randomUUID(), NOW.minusSeconds(60), NOW);
        draws.addAll(List.of("ABCD2345"));
        fixture.givenNoPriorActivity()
                .when(create())
                .expectEvents(new EnrollmentCreated(ENROLLMENT, MERCHANT, LOCATION, "ABCD2345", METADATA, NOW,
                        NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void withEveryDrawTakenNothingIsCreated() {
        for (int i = 0; i < Enrollment.CODE_DRAWS; i++) {
            String code = "TAKEN00" + i;
            codes.claim(code, UUID.randomUUID(), NOW, NOW.plusSeconds(60));
            draws.add(code);
        }
        fixture.givenNoPriorActivity()
                .when(create())
                .expectNoEvents()
                .expectException(IllegalStateException.class);
    }

    @Test
    void redeemingOrCancellingFreesTheCode() {
        codes.claim("ABCD2345", ENROLLMENT, NOW.minusSeconds(60), NOW.plusSeconds(60));
        fixture.given(created(NOW.plusSeconds(60)))
                .when(new RedeemEnrollment(ENROLLMENT, DEVICE))
                .expectSuccessfulHandlerExecution();
        assertThat(codes.entries).doesNotContainKey("ABCD2345");

        codes.claim("ABCD2345", ENROLLMENT, NOW.minusSeconds(60), NOW.plusSeconds(60));
        fixture.given(created(NOW.plusSeconds(60)))
                .when(new CancelEnrollment(ENROLLMENT, MERCHANT))
                .expectSuccessfulHandlerExecution();
        assertThat(codes.entries).doesNotContainKey("ABCD2345");
    }

    @Test
    void anExpiredEnrollmentCancelledLaterLeavesItsCodeToTheEnrollmentThatTookItOver() {
        UUID successor = UUID.randomUUID();
        codes.claim("ABCD2345", successor, NOW, NOW.plusSeconds(60));
        fixture.given(created(NOW.minusSeconds(1)))
                .when(new CancelEnrollment(ENROLLMENT, MERCHANT))
                .expectEvents(new EnrollmentCancelled(ENROLLMENT, MERCHANT, NOW));
        assertThat(codes.entries.get("ABCD2345").enrollmentId()).isEqualTo(successor);
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
                .expectExceptionDetails(refused(INVALID, "ENROLLMENT_CODE_CONSUMED"));
    }

    @Test
    void aCancelledCodeCannotBeRedeemed() {
        fixture.given(created(NOW.plusSeconds(60)), new EnrollmentCancelled(ENROLLMENT, MERCHANT, NOW))
                .when(new RedeemEnrollment(ENROLLMENT, DEVICE))
                .expectNoEvents()
                .expectExceptionDetails(refused(INVALID, "ENROLLMENT_CODE_CANCELLED"));
    }

    @Test
    void aCodeExpiresTheMomentItsLifetimeEnds() {
        fixture.given(created(NOW))
                .when(new RedeemEnrollment(ENROLLMENT, DEVICE))
                .expectNoEvents()
                .expectExceptionDetails(refused(INVALID, "ENROLLMENT_CODE_EXPIRED"));
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
                .expectExceptionDetails(refused(CONFLICT, "ENROLLMENT_CONSUMED"));
    }

    @Test
    void anotherMerchantCannotCancelIt() {
        fixture.given(created(NOW.plusSeconds(60)))
                .when(new CancelEnrollment(ENROLLMENT, UUID.randomUUID()))
                .expectNoEvents()
                .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
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
