package co.kustom.ipp.device.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DeviceDeregistered(UUID deviceId, UUID merchantId, Instant deregisteredAt) {
}
