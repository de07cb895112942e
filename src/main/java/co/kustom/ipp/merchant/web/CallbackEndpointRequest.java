package co.kustom.ipp.merchant.web;

import java.net.URI;
import java.net.URISyntaxException;

import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.web.IppException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CallbackEndpointRequest(@NotBlank(message = "is required") @Size(max = 2048) String url) {

    /** An absolute http(s) URL with a host; production callbacks carry payment data and must use https. */
    String validUrl(IppProperties.Environment environment) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw IppException.invalid("url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw IppException.invalid("url", "must be an absolute http or https URL with a host");
        }
        if (environment == IppProperties.Environment.PRODUCTION && !scheme.equals("https")) {
            throw IppException.invalid("url", "must use https in production");
        }
        return uri.toString();
    }
}
