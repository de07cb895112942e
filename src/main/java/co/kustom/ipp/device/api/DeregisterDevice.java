package co.kustom.ipp.device.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeregisterDevice(@TargetAggregateIdentifier UUID deviceId, UUID merchantId) {
}
