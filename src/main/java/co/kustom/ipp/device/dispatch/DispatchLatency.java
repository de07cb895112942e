package co.kustom.ipp.device.dispatch;

import java.time.Clock;
import java.time.Duration;

import co.kustom.ipp.session.api.SessionDto;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** How long a session takes from its creation to the device that was woken for it (long poll or event stream). */
@Component
public class DispatchLatency {

    private final Timer timer;
    private final Clock clock;

    DispatchLatency(MeterRegistry meters, Clock clock) {
        this.timer = Timer.builder("ipp.dispatch.latency")
                .description("From a session's creation to its delivery to its device (long poll or event stream)")
                .publishPercentileHistogram()
                .register(meters);
        this.clock = clock;
    }

    public void delivered(SessionDto session) {
        timer.record(Duration.between(session.createdAt(), clock.instant()));
    }
}
