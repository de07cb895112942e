package co.kustom.ipp.enrollment.query;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.enrollment.EnrollmentCode;
import co.kustom.ipp.enrollment.api.FindEnrollmentByCode;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Finds the enrollment a code belongs to. It only reads: that a code is redeemed at most once is the Enrollment
 * aggregate's rule, so phones racing for one code are decided there, one command after the other.
 */
@Component
class EnrollmentCodes {

    private final EnrollmentViewRepository enrollments;

    EnrollmentCodes(EnrollmentViewRepository enrollments) {
        this.enrollments = enrollments;
    }

    @QueryHandler
    Optional<UUID> handle(FindEnrollmentByCode query) {
        return enrollments.findIdByCode(EnrollmentCode.normalize(query.code()));
    }
}
