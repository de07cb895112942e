package co.kustom.ipp.callback;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.callback.api.CallbackSecrets;
import co.kustom.ipp.callback.api.DeliveryStatus;
import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.db.PostgresNotifications;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends recorded callbacks. Each round claims due deliveries under a lease ({@code FOR UPDATE SKIP LOCKED}), so
 * several instances never send one delivery at the same time, and only the earliest pending delivery of each
 * session and destination, so a session's callbacks arrive at each destination in the order its events happened.
 * A failed attempt is retried with exponential backoff and jitter until the give-up window has passed; then the
 * delivery is parked as FAILED. An instance that dies while sending leaves its lease to expire, and the delivery is
 * sent again with the same {@code webhook-id}: at least once.
 */
@Component
class CallbackDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CallbackDispatcher.class);
    /** Notified by the outbox in the transaction that records a delivery: the dispatcher wakes when it commits. */
    static final String CHANNEL = "ipp_callbacks";
    /** Without a notification (retries falling due, one lost while reconnecting) the table is looked at this often. */
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    private static final int BATCH = 32;
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private record Claimed(String deliveryId, String webhookId, UUID destinationId, String url, String payload,
                           int attempts, Instant windowStartedAt, Instant createdAt, String traceparent) {
    }

    private final JdbcTemplate jdbc;
    private final CallbackSecrets secrets;
    private final CallbackUrlGuard urlGuard;
    private final IppProperties.Callback settings;
    private final Clock clock;
    private final HttpClient http;
    private final String node = "node-" + UUID.randomUUID();
    private final Duration lease;
    private final Timer latency;
    private final Map<String, Counter> attempts = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Semaphore wake = new Semaphore(0);
    private ExecutorService senders;
    private volatile boolean running;
    private Thread loop;

    CallbackDispatcher(JdbcTemplate jdbc, CallbackSecrets secrets, CallbackUrlGuard urlGuard,
                       IppProperties properties, Clock clock, MeterRegistry meters,
                       PostgresNotifications notifications) {
        notifications.subscribe(CHANNEL, payload -> wake.release());
        this.meters = meters;
        this.latency = Timer.builder("ipp.callback.latency")
                .description("From a session event to the receiver's 2xx for its callback")
                .publishPercentileHistogram()
                .register(meters);
        CallbackBacklog backlog = new CallbackBacklog(jdbc, clock);
        for (DeliveryStatus status : List.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED)) {
            Gauge.builder("ipp.callback.backlog", backlog, counts -> counts.count(status))
                    .description("Callback deliveries waiting (PENDING) or parked after giving up (FAILED)")
                    .tag("status", status.name())
                    .strongReference(true)
                    .register(meters);
        }
        this.urlGuard = urlGuard;
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.settings = properties.callback();
        this.clock = clock;
        this.lease = settings.timeout().multipliedBy(3).plusSeconds(5);
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void start() {
        running = true;
        senders = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "callback-sender");
            thread.setDaemon(true);
            return thread;
        });
        loop = new Thread(this::run, "callback-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    /**
     * Ends the attempts under way, waits for the loop to end, and gives up this instance's leases, so that the next
     * start (or another instance) sends those deliveries again at once rather than after the lease.
     */
    @Override
    public void stop() {
        running = false;
        loop.interrupt();
        senders.shutdownNow();
        try {
            loop.join(STOP_WAIT.toMillis());
            senders.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jdbc.update("update callback_delivery set claimed_by = null, claimed_until = null "
                + "where claimed_by = ? and status = 'PENDING'", node);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                wake.drainPermits();
                List<Claimed> batch = claim();
                if (batch.isEmpty()) {
                    wake.tryAcquire(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    CompletableFuture.allOf(batch.stream()
                            .map(delivery -> CompletableFuture.runAsync(() -> deliver(delivery), senders))
                            .toArray(CompletableFuture[]::new)).join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Callback dispatch round failed; trying again", e);
                    sleepQuietly();
                }
            }
        }
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        return jdbc.query("""
                        with due as (
                            select d.delivery_id, w.url from callback_delivery d
                            join webhook_destination w on w.destination_id = d.destination_id
                                and w.removed_at is null
                            where d.status = 'PENDING' and d.next_attempt_at <= ?
                              and (d.claimed_until is null or d.claimed_until < ?)
                              and not exists (select 1 from callback_delivery earlier
                                              where earlier.session_id = d.session_id
                                                and earlier.destination_id = d.destination_id
                                                and earlier.sequence < d.sequence and earlier.status = 'PENDING')
                            order by d.next_attempt_at
                            limit ?
                            for update of d skip locked)
                        update callback_delivery c set claimed_by = ?, claimed_until = ?
                        from due where c.delivery_id = due.delivery_id
                        returning c.delivery_id, c.webhook_id, c.destination_id, due.url, c.payload, c.attempts,
                            c.window_started_at, c.created_at, c.traceparent""",
                (row, i) -> new Claimed(row.getString(1), row.getString(2), row.getObject(3, UUID.class),
                        row.getString(4), row.getString(5), row.getInt(6), row.getTimestamp(7).toInstant(),
                        row.getTimestamp(8).toInstant(), row.getString(9)),
                Timestamp.from(now), Timestamp.from(now), BATCH, node, Timestamp.from(now.plus(lease)));
    }

    private void deliver(Claimed delivery) {
        Integer statusCode = null;
        String error;
        try {
            URI target = urlGuard.checkForDelivery(delivery.url());
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Kustom-IPP-Callbacks/1.0")
                    .header("webhook-id", delivery.webhookId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSigner.signatures(
                            secrets.signingSecrets(delivery.destinationId()), delivery.webhookId(), timestamp,
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()));
            if (delivery.traceparent() != null) {
                request.header("traceparent", delivery.traceparent());
            }
            statusCode = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            error = statusCode / 100 == 2 ? null : "The receiver answered " + statusCode;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (CallbackUrlGuard.RefusedUrl refused) {
            error = "The callback URL was refused: it " + refused.getMessage();
        } catch (HttpTimeoutException e) {
            error = "The receiver did not answer within " + settings.timeout().toSeconds() + " s";
        } catch (Exception e) {
            // Deliberately vague: the delivery log must not tell a closed port from an unreachable host.
            error = "The receiver could not be reached";
        }
        record(delivery, statusCode, error);
    }

    private void record(Claimed delivery, Integer statusCode, String error) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        if (error == null) {
            jdbc.update("""
                    update callback_delivery set status = 'DELIVERED', attempts = ?, last_status_code = ?,
                        last_error = null, delivered_at = ?, claimed_by = null, claimed_until = null
                    where delivery_id = ? and claimed_by = ?""",
                    attempts, statusCode, Timestamp.from(now), delivery.deliveryId(), node);
            latency.record(Duration.between(delivery.createdAt(), now));
            countAttempt("delivered");
            return;
        }
        boolean givingUp = !now.isBefore(delivery.windowStartedAt().plus(settings.giveUpAfter()));
        countAttempt(givingUp ? "parked" : "failed");
        jdbc.update("""
                update callback_delivery set status = ?, attempts = ?, last_status_code = ?, last_error = ?,
                    next_attempt_at = ?, claimed_by = null, claimed_until = null
                where delivery_id = ? and claimed_by = ?""",
                givingUp ? "FAILED" : "PENDING", attempts, statusCode, truncate(error),
                Timestamp.from(now.plus(backoff(attempts))), delivery.deliveryId(), node);
        log.info("Callback {} attempt {} failed ({}){}", delivery.deliveryId(), attempts, error,
                givingUp ? "; giving up" : "");
    }

    private void countAttempt(String outcome) {
        attempts.computeIfAbsent(outcome, key -> Counter.builder("ipp.callback.attempts")
                .description("Callback delivery attempts: delivered, failed (to be retried) or parked (given up)")
                .tag("outcome", key)
                .register(meters)).increment();
    }

    /** Exponential, capped, with equal jitter: between half and all of {@code initial * 2^(attempts-1)}. */
    Duration backoff(int attempts) {
        long initial = settings.initialBackoff().toMillis();
        long capped = Math.min(settings.maxBackoff().toMillis(),
                initial * (1L << Math.min(attempts - 1, 30)));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private static String truncate(String error) {
        return error.length() <= 1024 ? error : error.substring(0, 1024);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(IDLE_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
