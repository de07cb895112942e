package co.kustom.ipp.enrollment.query;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.enrollment.EnrollmentCode;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the enrollment a code belongs to and locks it for the rest of the transaction, so that phones racing to
 * redeem one code take turns: the first registers, the others find it consumed.
 */
@Component
public class EnrollmentCodes {

    private final EnrollmentViewRepository enrollments;

    EnrollmentCodes(EnrollmentViewRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> lock(String code) {
        return enrollments.lockByCode(EnrollmentCode.normalize(code), PageRequest.ofSize(1)).stream()
                .findFirst()
                .map(EnrollmentView::enrollmentId);
    }
}
