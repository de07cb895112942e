package co.kustom.ipp.session.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One line of an order, amounts in minor units. {@code tax_rate} is in hundredths of a percent (2500 = 25%).
 * {@code quantity * unit_price - total_discount_amount} must equal {@code total_amount}.
 */
@Schema(name = "LineItemDto")
public record LineItem(
        LineItemType type,
        @Size(max = 255) String reference,
        @NotBlank(message = "is required") @Size(max = 255) String name,
        @NotNull(message = "is required") @Min(1) @Max(Integer.MAX_VALUE) Long quantity,
        @Size(max = 10) String quantityUnit,
        @NotNull(message = "is required") Long unitPrice,
        @NotNull(message = "is required") @Min(0) @Max(10000) Long taxRate,
        @NotNull(message = "is required") Long totalAmount,
        @Min(0) Long totalDiscountAmount,
        @NotNull(message = "is required") Long totalTaxAmount,
        @Size(max = 1024) String merchantData) {

    public LineItem {
        type = type == null ? LineItemType.PHYSICAL : type;
        totalDiscountAmount = totalDiscountAmount == null ? 0L : totalDiscountAmount;
    }
}
