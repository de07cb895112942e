package co.kustom.ipp.device.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record FailureRequest(@NotBlank(message = "is required") @Size(max = 255) String failureReason) {
}
