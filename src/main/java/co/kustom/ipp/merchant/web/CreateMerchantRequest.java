package co.kustom.ipp.merchant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CreateMerchantRequest(@NotBlank(message = "is required") @Size(max = 255) String name) {
}
