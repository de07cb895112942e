package co.kustom.ipp.callback.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CallbackEndpointRequest(@NotBlank(message = "is required") @Size(max = 2048) String url) {
}
