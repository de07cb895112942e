package co.kustom.ipp.device.web;

import co.kustom.ipp.session.api.PaymentMethod;
import jakarta.validation.constraints.NotNull;

public record PaymentMethodRequest(@NotNull(message = "is required") PaymentMethod paymentMethod) {
}
