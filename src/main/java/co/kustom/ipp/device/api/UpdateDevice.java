package co.kustom.ipp.device.api;

import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a device's name, metadata, location and open cash register; a null clears the field. */
public record UpdateDevice(@TargetAggregateIdentifier UUID deviceId, UUID merchantId, String name,
                           Map<String, String> metadata, UUID locationId, Integer openCashRegisterId) {
}
