package co.kustom.ipp.enrollment.query;

import java.time.Clock;
import java.util.Optional;

import co.kustom.ipp.enrollment.api.EnrollmentCancelled;
import co.kustom.ipp.enrollment.api.EnrollmentConsumed;
import co.kustom.ipp.enrollment.api.EnrollmentCreated;
import co.kustom.ipp.enrollment.api.EnrollmentDto;
import co.kustom.ipp.enrollment.api.FindEnrollment;
import co.kustom.ipp.enrollment.api.ListEnrollments;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.axon.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("enrollment-view")
@ProjectionTables("enrollment_view")
class EnrollmentProjection {

    private final EnrollmentViewRepository enrollments;
    private final Clock clock;

    EnrollmentProjection(EnrollmentViewRepository enrollments, Clock clock) {
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @EventHandler
    void on(EnrollmentCreated event) {
        enrollments.insert(EnrollmentView.created(event));
    }

    @EventHandler
    void on(EnrollmentConsumed event) {
        enrollments.consumed(event.enrollmentId(), event.deviceId(), event.consumedAt());
    }

    @EventHandler
    void on(EnrollmentCancelled event) {
        enrollments.cancelled(event.enrollmentId(), event.cancelledAt());
    }

    @QueryHandler
    Optional<EnrollmentDto> handle(FindEnrollment query) {
        return enrollments.find(query.enrollmentId(), query.merchantId())
                .map(view -> view.toDto(clock.instant()));
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListEnrollments query) {
        return enrollments.list(query, clock.instant());
    }
}
