package co.kustom.ipp.playground;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.config.PlaygroundOnly;
import co.kustom.ipp.platform.web.Queries;
import co.kustom.ipp.session.api.FindSession;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionStatus;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Simulated devices whose metadata says {@code "simulator": "auto"} play every session they are sent, hands-free:
 * after {@code ipp.playground.auto-device-delay} they activate it and finish it as {@link AutoPlay} reads its amount,
 * one device command after the other with the same pause, so callbacks and history are those of a real device.
 * It has a processing group of its own, so nothing of the playground can hold up a view: the play starts after its
 * processor's transaction commits, outside any transaction, on the instance running that processor; a session whose
 * play was cut short by a restart stays open until it is cancelled or expires.
 */
@Component
@PlaygroundOnly
@ProcessingGroup("playground-auto-devices")
@DisallowReplay
class AutoSimulatedDevices {

    static final String METADATA_KEY = "simulator";
    static final String AUTO = "auto";

    private static final Logger log = LoggerFactory.getLogger(AutoSimulatedDevices.class);

    private final Queries queries;
    private final SimulatedPayments payments;
    private final Duration pause;
    private final ScheduledExecutorService players = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "auto-simulated-device");
        thread.setDaemon(true);
        return thread;
    });

    AutoSimulatedDevices(Queries queries, SimulatedPayments payments, IppProperties properties) {
        this.queries = queries;
        this.payments = payments;
        this.pause = properties.playground().autoDeviceDelay();
    }

    @EventHandler
    void on(SessionCreated event) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> later(() -> play(event)));
        } else {
            later(() -> play(event));
        }
    }

    private void play(SessionCreated event) {
        boolean auto = queries.find(new FindDevice(event.merchantId(), event.deviceId()), DeviceDto.class)
                .map(device -> device.simulated() && AUTO.equals(device.metadata().get(METADATA_KEY)))
                .orElse(false);
        AutoPlay play = AutoPlay.forAmount(event.order().orderAmount(), event.order().purchaseCurrency());
        if (!auto || play == null) {
            return;
        }
        try {
            payments.collect(session(event).orElseThrow(), play.method(), "payment_method");
            for (String decline : play.declines()) {
                pauseBriefly();
                Optional<SessionDto> active = session(event).filter(s -> s.status() == SessionStatus.ACTIVE);
                if (active.isEmpty()) {
                    return;
                }
                payments.attempt(active.get(), false, decline);
            }
            if (play.paid()) {
                pauseBriefly();
                session(event).filter(s -> s.status() == SessionStatus.ACTIVE)
                        .ifPresent(active -> payments.attempt(active, true, AutoPlay.PAID));
            }
        } catch (RuntimeException refused) {
            // the merchant cancelled it, it expired, or the device was deleted meanwhile: nothing left to play
            log.info("Auto device {} stopped playing session {}: {}", event.deviceId(), event.sessionId(),
                    refused.getMessage());
        }
    }

    private Optional<SessionDto> session(SessionCreated event) {
        return queries.find(new FindSession(event.merchantId(), event.sessionId()), SessionDto.class);
    }

    private void later(Runnable task) {
        players.schedule(task, pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pauseBriefly() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while playing a session", e);
        }
    }

    @PreDestroy
    void stop() {
        players.shutdownNow();
    }
}
