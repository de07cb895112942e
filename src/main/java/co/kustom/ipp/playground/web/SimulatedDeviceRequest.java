package co.kustom.ipp.playground.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SimulatedDeviceRequest(
        @NotBlank(message = "is required and must not be empty") @Size(max = 255) String name,
        UUID locationId,
        @Size(max = 20, message = "may have at most 20 entries")
        Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 500) String> metadata) {
}
