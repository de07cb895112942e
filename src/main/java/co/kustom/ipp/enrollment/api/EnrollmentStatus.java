package co.kustom.ipp.enrollment.api;

public enum EnrollmentStatus {
    PENDING, CONSUMED, EXPIRED, CANCELLED
}
