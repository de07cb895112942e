package co.kustom.ipp.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import co.kustom.ipp.audit.api.RebuildProgress;
import co.kustom.ipp.audit.api.RebuildProgress.State;
import co.kustom.ipp.platform.web.IppException;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every projection (view table) from the event store while the service keeps answering.
 * <p>
 * The events are replayed through the projections' own handlers into empty copies of the view tables in a schema
 * of their own ({@code SET LOCAL search_path} points the unchanged projection code there), in batches, reporting
 * progress. Then one short transaction locks the live views, replays what arrived meanwhile, and replaces the
 * views' rows with the rebuilt ones. Commands that were waiting for that lock apply their events to the rebuilt
 * views afterwards, so nothing is lost. Only the view projections are called: callbacks, deadlines and device
 * signals are never triggered by a rebuild.
 */
@Component
public class ProjectionRebuild {

    /** The processing groups whose handlers only write view tables, and those tables. */
    static final Set<String> PROJECTIONS = Set.of("merchant-view", "location-view", "enrollment-view", "device-view",
            "session-view");
    static final List<String> VIEW_TABLES = List.of("merchant_view", "api_key_view", "location_view",
            "enrollment_view", "device_view", "session_view");

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final String SHADOW = "ipp_rebuild";
    private static final long ADVISORY_LOCK = 0x1bb_2eb0_11dL;
    private static final int BATCH = 1000;
    private static final int SWAP_ATTEMPTS = 30;
    private static final Duration PROGRESS_LOG_INTERVAL = Duration.ofSeconds(2);

    private final ApplicationContext context;
    private final ObjectProvider<EventStorageEngine> storageEngine;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Instant lastLogged = Instant.EPOCH;

    ProjectionRebuild(ApplicationContext context, ObjectProvider<EventStorageEngine> storageEngine,
                      TransactionTemplate transactions, JdbcTemplate jdbc, EntityManager entityManager,
                      DataSource dataSource, Clock clock) {
        this.context = context;
        this.storageEngine = storageEngine;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public synchronized RebuildProgress start() {
        EventStorageEngine engine = storageEngine.getIfAvailable();
        if (engine == null) {
            throw IppException.conflict("REBUILD_UNAVAILABLE",
                    "Projections are rebuilt from Axon's JPA event store; with Axon Server, replay there");
        }
        RebuildProgress current = progress.get();
        if (current != null && current.state() == State.RUNNING) {
            throw IppException.conflict("REBUILD_RUNNING", "A rebuild is already running");
        }
        long total = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        RebuildProgress started = new RebuildProgress(State.RUNNING, 0, total, 0, null, clock.instant(), null, null);
        progress.set(started);
        runner.execute(() -> run(engine));
        return started;
    }

    public Optional<RebuildProgress> progress() {
        return Optional.ofNullable(progress.get());
    }

    private void run(EventStorageEngine engine) {
        try (Connection lockHolder = dataSource.getConnection()) {
            if (!tryAdvisoryLock(lockHolder)) {
                finish(State.FAILED, "Another instance is rebuilding the projections");
                return;
            }
            List<AnnotationEventHandlerAdapter> projections = projectionHandlers();
            createShadowTables();
            TrackingToken token = null;
            while (true) {
                TrackingToken next = replay(engine, token, projections);
                if (next == token) {
                    break;
                }
                token = next;
            }
            swap(engine, token, projections);
            jdbc.execute("drop schema " + SHADOW + " cascade");
            finish(State.COMPLETED, null);
        } catch (Exception e) {
            log.error("Rebuilding the projections failed; the live views are unchanged", e);
            finish(State.FAILED, e.getMessage());
        }
    }

    private boolean tryAdvisoryLock(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + ADVISORY_LOCK + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private List<AnnotationEventHandlerAdapter> projectionHandlers() {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> PROJECTIONS.contains(bean.getClass().getAnnotation(ProcessingGroup.class).value()))
                .map(AnnotationEventHandlerAdapter::new)
                .toList();
    }

    private void createShadowTables() {
        jdbc.execute("drop schema if exists " + SHADOW + " cascade");
        jdbc.execute("create schema " + SHADOW);
        for (String table : VIEW_TABLES) {
            jdbc.execute("create table " + SHADOW + "." + table + " (like public." + table + " including all)");
        }
    }

    /** Replays every event after {@code from} into the shadow tables, a batch per transaction; the new position. */
    private TrackingToken replay(EventStorageEngine engine, TrackingToken from, List<AnnotationEventHandlerAdapter> projections) {
        TrackingToken token = from;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    List<TrackedEventMessage<?>> applying = List.copyOf(batch);
                    transactions.executeWithoutResult(status -> applyToShadow(applying, projections));
                    token = applying.get(applying.size() - 1).trackingToken();
                    advance(applying.size());
                    batch.clear();
                }
            }
        }
        return token;
    }

    /**
     * Flushes after every event: Hibernate would otherwise write a batch's inserts before its updates, and the
     * views' constraints (one open session per device) hold only when events are applied in their order.
     */
    private void applyToShadow(List<TrackedEventMessage<?>> events, List<AnnotationEventHandlerAdapter> projections) {
        jdbc.execute("set local search_path to " + SHADOW + ", public");
        for (TrackedEventMessage<?> event : events) {
            for (AnnotationEventHandlerAdapter projection : projections) {
                if (projection.canHandle(event)) {
                    try {
                        projection.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException("Replaying " + event.getPayloadType().getSimpleName() + " failed", e);
                    }
                }
            }
            entityManager.flush();
        }
    }

    /**
     * Locks the live views (briefly: a lock not had within a second is given up, so no command is ever the victim
     * of a deadlock), replays what arrived since, and replaces the live rows with the rebuilt ones.
     */
    private void swap(EventStorageEngine engine, TrackingToken caughtUpTo, List<AnnotationEventHandlerAdapter> projections)
            throws InterruptedException {
        TrackingToken token = caughtUpTo;
        String liveViews = VIEW_TABLES.stream().map(table -> "public." + table).collect(Collectors.joining(", "));
        for (int attempt = 1; attempt <= SWAP_ATTEMPTS; attempt++) {
            TrackingToken from = token;
            try {
                transactions.executeWithoutResult(status -> {
                    jdbc.execute("set local lock_timeout = '1s'");
                    jdbc.execute("lock table " + liveViews + " in access exclusive mode");
                    List<TrackedEventMessage<?>> late;
                    try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(from, false)) {
                        late = new ArrayList<>(events.toList());
                    }
                    applyToShadow(late, projections);
                    for (String table : VIEW_TABLES) {
                        jdbc.execute("truncate public." + table);
                        jdbc.execute("insert into public." + table + " select * from " + SHADOW + "." + table);
                    }
                    advance(late.size());
                });
                return;
            } catch (DataAccessException busy) {
                log.info("The views were busy (attempt {} of {}); catching up and trying again", attempt, SWAP_ATTEMPTS);
                token = replay(engine, token, projections);
                Thread.sleep(100L * attempt);
            }
        }
        throw new IllegalStateException("The live views stayed busy; the rebuild gave up without changing them");
    }

    private void advance(int events) {
        RebuildProgress now = progress.updateAndGet(p -> {
            long done = p.eventsDone() + events;
            long total = Math.max(p.eventsTotal(), done);
            double seconds = Math.max(Duration.between(p.startedAt(), clock.instant()).toMillis(), 1) / 1000.0;
            long rate = Math.round(done / seconds);
            Long left = rate == 0 ? null : (total - done) / rate;
            return new RebuildProgress(State.RUNNING, done, total, rate, left, p.startedAt(), null, null);
        });
        if (Duration.between(lastLogged, clock.instant()).compareTo(PROGRESS_LOG_INTERVAL) >= 0) {
            lastLogged = clock.instant();
            log.info("Rebuilding projections: {} of {} events, {} events/s, about {} s left", now.eventsDone(),
                    now.eventsTotal(), now.eventsPerSecond(), now.secondsLeft());
        }
    }

    private void finish(State state, String error) {
        RebuildProgress done = progress.updateAndGet(p -> new RebuildProgress(state, p.eventsDone(),
                state == State.COMPLETED ? p.eventsDone() : p.eventsTotal(), p.eventsPerSecond(), 0L, p.startedAt(),
                clock.instant(), error));
        log.info("Projection rebuild {}: {} events in {} ms ({} events/s){}", state.name().toLowerCase(),
                done.eventsDone(), Duration.between(done.startedAt(), done.finishedAt()).toMillis(),
                done.eventsPerSecond(), error == null ? "" : ": " + error);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
