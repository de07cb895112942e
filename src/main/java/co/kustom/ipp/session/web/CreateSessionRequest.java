package co.kustom.ipp.session.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.session.api.LineItem;
import co.kustom.ipp.session.api.SessionOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /ipp/v1/sessions}, field for field as the public documentation has it. */
public record CreateSessionRequest(
        @NotNull(message = "is required") UUID deviceId,
        @NotNull(message = "is required") Long orderAmount,
        @NotNull(message = "is required") @Size(min = 3, max = 3, message = "must be 3 characters") String purchaseCurrency,
        @NotNull(message = "is required") Instant purchaseStartedAt,
        Instant purchaseCompletedAt,
        @NotEmpty(message = "must contain at least one line") List<@NotNull(message = "must not be null") @Valid LineItem> orderItems,
        @Size(max = 255) String merchantReference1,
        @Size(max = 255) String merchantReference2,
        @NotNull(message = "is required") @Min(0) @Max(Integer.MAX_VALUE)
        @Schema(type = "integer", format = "int32") Long orderTaxAmount,
        @Size(max = 6000) String merchantData) {

    SessionOrder toOrder() {
        return new SessionOrder(orderAmount, purchaseCurrency, purchaseStartedAt, purchaseCompletedAt, orderItems,
                merchantReference1, merchantReference2, orderTaxAmount, merchantData);
    }
}
