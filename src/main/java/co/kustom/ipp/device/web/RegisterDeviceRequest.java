package co.kustom.ipp.device.web;

import co.kustom.ipp.device.api.DevicePlatform;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RegisterDeviceRequest(
        @NotBlank(message = "is required") @Size(max = 64) String enrollmentCode,
        @NotBlank(message = "is required") @Size(max = 255) String hardwareId,
        @NotNull(message = "is required") DevicePlatform platform,
        @Size(max = 255) String name) {
}
