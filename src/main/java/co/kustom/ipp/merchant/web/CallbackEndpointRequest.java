package co.kustom.ipp.merchant.web;

import co.kustom.ipp.callback.CallbackUrlGuard;
import co.kustom.ipp.platform.web.IppException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CallbackEndpointRequest(@NotBlank(message = "is required") @Size(max = 2048) String url) {

    String validUrl(CallbackUrlGuard guard) {
        try {
            return guard.checkConfigured(url).toString();
        } catch (CallbackUrlGuard.RefusedUrl refused) {
            throw IppException.invalid("url", refused.getMessage());
        }
    }
}
