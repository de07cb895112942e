package co.kustom.ipp.device.api;

import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a device's name, metadata and location; a null clears the field. */
public record UpdateDevice(@TargetAggregateIdentifier UUID deviceId, UUID merchantId, String name,
                           Map<String, String> metadata, UUID locationId) {
}
