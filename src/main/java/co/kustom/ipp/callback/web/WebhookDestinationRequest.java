package co.kustom.ipp.callback.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A destination as the merchant sets it; {@code events} omitted means all callback types. */
public record WebhookDestinationRequest(@NotBlank(message = "is required") @Size(max = 100) String name,
                                        @NotBlank(message = "is required") @Size(max = 2048) String url,
                                        @Size(max = 20) List<String> events) {
}
