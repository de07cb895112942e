package co.kustom.ipp.enrollment.api;

/** The id of the enrollment a code belongs to: its pending one if there is one, else its most recent one. */
public record FindEnrollmentByCode(String code) {
}
