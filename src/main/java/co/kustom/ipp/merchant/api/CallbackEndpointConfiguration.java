package co.kustom.ipp.merchant.api;

/** The endpoint as configured, and the signing secret when this call created one (else null). */
public record CallbackEndpointConfiguration(String url, String newSecret) {
}
