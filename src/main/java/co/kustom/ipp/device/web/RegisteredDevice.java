package co.kustom.ipp.device.web;

import co.kustom.ipp.device.api.DeviceDto;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A device just registered, with the credentials the POS app authenticates with (returned only here). */
public record RegisteredDevice(@JsonUnwrapped DeviceDto device, Credentials credentials) {

    public record Credentials(String deviceToken) {
    }
}
