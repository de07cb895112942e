package co.kustom.ipp.device.web;

import jakarta.validation.constraints.Size;

/** The payment provider's reference for the collected payment, if the app has one. */
public record CompletionRequest(@Size(max = 255) String paymentReference) {
}
