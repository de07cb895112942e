package co.kustom.ipp.enrollment.api;

import java.util.UUID;

public record FindEnrollment(UUID merchantId, UUID enrollmentId) {
}
