package co.kustom.ipp.device;

import static co.kustom.ipp.platform.domain.Refusal.Kind.CONFLICT;
import static co.kustom.ipp.platform.domain.Refusal.Kind.NOT_FOUND;
import static co.kustom.ipp.support.RefusalMatchers.invalid;
import static co.kustom.ipp.support.RefusalMatchers.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.device.api.DeregisterDevice;
import co.kustom.ipp.device.api.DeviceRegistry;
import co.kustom.ipp.device.api.DeviceDeregistered;
import co.kustom.ipp.device.api.DevicePlatform;
import co.kustom.ipp.device.api.DeviceRegistered;
import co.kustom.ipp.device.api.DeviceUpdated;
import co.kustom.ipp.device.api.RegisterDevice;
import co.kustom.ipp.device.api.UpdateDevice;
import co.kustom.ipp.location.InMemoryLocationOccupancy;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final UUID DEVICE = UUID.randomUUID();
    static final UUID MERCHANT = UUID.randomUUID();
    static final UUID LOCATION = UUID.randomUUID();

    static final UUID OTHER_LOCATION = UUID.randomUUID();

    AggregateTestFixture<Device> fixture;
    InMemoryLocationOccupancy occupancy;
    DeviceRegistry registry = mock(DeviceRegistry.class);

    @BeforeEach
    void setUp() {
        occupancy = new InMemoryLocationOccupancy();
        occupancy.open(MERCHANT, LOCATION);
        occupancy.open(MERCHANT, OTHER_LOCATION);
        fixture = new AggregateTestFixture<>(Device.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(occupancy);
        fixture.registerInjectableResource(registry);
    }

    @Test
    void aDeviceIsPlacedOnlyAtALiveLocationOfItsMerchant() {
        occupancy.retire(OTHER_LOCATION);
        fixture.givenNoPriorActivity()
                .when(new RegisterDevice(DEVICE, MERCHANT, OTHER_LOCATION, "hw-1", DevicePlatform.IOS, "Till",
                        Map.of(), false, "hash"))
                .expectExceptionDetails(invalid("location_id"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterDevice(DEVICE, UUID.randomUUID(), LOCATION, "hw-1", DevicePlatform.IOS, "Till",
                        Map.of(), false, "hash"))
                .expectExceptionDetails(invalid("location_id"));
    }

    @Test
    void registeringMovingAndDeregisteringKeepTheLocationsCountsRight() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDevice(DEVICE, MERCHANT, LOCATION, "hw-1", DevicePlatform.IOS, "Till", Map.of(),
                        false, "hash"))
                .expectSuccessfulHandlerExecution();
        assertThat(occupancy.devicesAt(LOCATION)).isEqualTo(1);

        fixture.given(registered())
                .when(new UpdateDevice(DEVICE, MERCHANT, "Till", Map.of(), OTHER_LOCATION, null))
                .expectSuccessfulHandlerExecution();
        assertThat(occupancy.devicesAt(LOCATION)).isZero();
        assertThat(occupancy.devicesAt(OTHER_LOCATION)).isEqualTo(1);

        fixture.given(registered(), new DeviceUpdated(DEVICE, MERCHANT, "Till", Map.of(), OTHER_LOCATION, null, NOW))
                .when(new DeregisterDevice(DEVICE, MERCHANT))
                .expectSuccessfulHandlerExecution();
        assertThat(occupancy.devicesAt(OTHER_LOCATION)).isZero();
        verify(registry).registered(DEVICE, MERCHANT, LOCATION);
        verify(registry).moved(DEVICE, OTHER_LOCATION);
        verify(registry).deregistered(DEVICE);
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
                .when(new UpdateDevice(DEVICE, MERCHANT, null, null, null, null))
                .expectEvents(new DeviceUpdated(DEVICE, MERCHANT, null, Map.of(), null, null, NOW));
    }

    @Test
    void aDeletedDeviceCannotBeUpdated() {
        fixture.given(registered(), new DeviceDeregistered(DEVICE, MERCHANT, NOW))
                .when(new UpdateDevice(DEVICE, MERCHANT, "New", Map.of(), LOCATION, 7))
                .expectNoEvents()
                .expectExceptionDetails(refused(CONFLICT, "DEVICE_DEREGISTERED"));
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
                .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
        fixture.given(registered())
                .when(new UpdateDevice(DEVICE, UUID.randomUUID(), "x", Map.of(), null, null))
                .expectExceptionDetails(refused(NOT_FOUND, "NOT_FOUND"));
    }
}
