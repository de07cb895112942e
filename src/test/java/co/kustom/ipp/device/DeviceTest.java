package co.kustom.ipp.device;

import static co.kustom.ipp.support.ProblemMatchers.problem;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.device.api.DeregisterDevice;
import co.kustom.ipp.device.api.DeviceDeregistered;
import co.kustom.ipp.device.api.DevicePlatform;
import co.kustom.ipp.device.api.DeviceRegistered;
import co.kustom.ipp.device.api.DeviceUpdated;
import co.kustom.ipp.device.api.RegisterDevice;
import co.kustom.ipp.device.api.UpdateDevice;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final UUID DEVICE = UUID.randomUUID();
    static final UUID MERCHANT = UUID.randomUUID();
    static final UUID LOCATION = UUID.randomUUID();

    AggregateTestFixture<Device> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Device.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static DeviceRegistered registered() {
        return new DeviceRegistered(DEVICE, MERCHANT, LOCATION, "hw-1", DevicePlatform.IOS, "Till",
                Map.of("till", "1"), false, "hash", NOW);
    }

    @Test
    void registers() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDevice(DEVICE, MERCHANT, LOCATION, "hw-1", DevicePlatform.IOS, "Till",
                        Map.of("till", "1"), false, "hash"))
                .expectEvents(registered());
    }

    @Test
    void anUpdateReplacesEveryFieldClearingWhatItLeavesOut() {
        fixture.given(registered())
                .when(new UpdateDevice(DEVICE, MERCHANT, null, null, null))
                .expectEvents(new DeviceUpdated(DEVICE, MERCHANT, null, Map.of(), null, NOW));
    }

    @Test
    void aDeletedDeviceCannotBeUpdated() {
        fixture.given(registered(), new DeviceDeregistered(DEVICE, MERCHANT, NOW))
                .when(new UpdateDevice(DEVICE, MERCHANT, "New", Map.of(), LOCATION))
                .expectNoEvents()
                .expectExceptionDetails(problem(409, "DEVICE_DEREGISTERED"));
    }

    @Test
    void deletingTwiceChangesNothingMore() {
        fixture.given(registered())
                .when(new DeregisterDevice(DEVICE, MERCHANT))
                .expectEvents(new DeviceDeregistered(DEVICE, MERCHANT, NOW));
        fixture.given(registered(), new DeviceDeregistered(DEVICE, MERCHANT, NOW))
                .when(new DeregisterDevice(DEVICE, MERCHANT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherMerchantsDeviceIsNotFound() {
        fixture.given(registered())
                .when(new DeregisterDevice(DEVICE, UUID.randomUUID()))
                .expectNoEvents()
                .expectExceptionDetails(problem(404, "NOT_FOUND"));
        fixture.given(registered())
                .when(new UpdateDevice(DEVICE, UUID.randomUUID(), "x", Map.of(), null))
                .expectExceptionDetails(problem(404, "NOT_FOUND"));
    }
}
