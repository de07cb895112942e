package co.kustom.ipp.device.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The whole changeable part of a device: a field left out is cleared. */
public record UpdateDeviceRequest(
        @Size(max = 255) String name,
        @Size(max = 20, message = "may have at most 20 entries")
        Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 500) String> metadata,
        UUID locationId,
        @PositiveOrZero Integer openCashRegisterId) {
}
