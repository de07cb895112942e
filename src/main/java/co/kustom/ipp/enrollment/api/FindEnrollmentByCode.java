package co.kustom.ipp.enrollment.api;

/**
 * The id of the enrollment a code belongs to: its most recent one (a code is handed out again only once its previous
 * enrollment can no longer be redeemed).
 */
public record FindEnrollmentByCode(String code) {
}
