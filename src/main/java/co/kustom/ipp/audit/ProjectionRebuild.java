package co.kustom.ipp.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import co.kustom.ipp.audit.api.RebuildProgress;
import co.kustom.ipp.audit.api.RebuildProgress.State;
import co.kustom.ipp.platform.axon.ProcessorProgress;
import co.kustom.ipp.platform.axon.ProcessorSegments;
import co.kustom.ipp.platform.web.IppException;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every projection with Axon's replay while the views keep answering, current.
 * <p>
 * Each replayable processor is stopped; in one transaction its tokens are reset and empty copies of its tables are
 * created ({@link ProjectionCopies}); then it starts again and replays into the copies, while live events still
 * reach the views (and the copies). Once it has caught up, the copies replace the views' rows in one transaction,
 * on the processor's own thread, right after the batch that caught up committed: the processor applies nothing
 * meanwhile, without being stopped again. Callbacks, device signals and auto devices are {@code @DisallowReplay} and
 * the saga is never reset, so a replay sends nothing and schedules nothing. After a crash, the replay resumes where
 * its token is and the swap follows, on whichever instance runs the processor.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final ObjectProvider<Configuration> axon;
    private final ProjectionCopies copies;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>();
    private final Object swapping = new Object();
    private final ProcessorSegments segments;

    ProjectionRebuild(ObjectProvider<Configuration> axon, ProjectionCopies copies, TransactionTemplate transactions,
                      Clock clock, ProcessorProgress processorProgress, ProcessorSegments segments) {
        this.segments = segments;
        this.axon = axon;
        this.copies = copies;
        this.transactions = transactions;
        this.clock = clock;
        processorProgress.subscribe(this::swapIfReplayEnded);
    }

    /**
     * Resumes a rebuild a previous run left unfinished: a processor still replaying swaps when it ends; one that
     * ended before the crash, without swapping, is stopped for its swap here.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        replayable(); // a replayable processor without declared tables stops the service here
        copies.resumeUnfinished(processors().keySet());
        if (copies.rebuilding().isEmpty()) {
            return;
        }
        log.info("Resuming the rebuild of {}", copies.rebuilding());
        Map<String, StreamingEventProcessor> processors = processors();
        List<String> replayed = copies.rebuilding().stream()
                .filter(name -> replayEnded(processors.get(name)))
                .toList();
        if (!replayed.isEmpty()) {
            stopAll(replayed.stream().map(processors::get).toList());
            try {
                replayed.forEach(this::swap);
            } catch (RuntimeException e) {
                log.error("Swapping in {} failed; retried when the processors next report", replayed, e);
            } finally {
                replayed.forEach(name -> processors.get(name).start());
            }
        }
    }

    public synchronized RebuildProgress start() {
        RebuildProgress current = progress.get();
        if (!copies.rebuilding().isEmpty() || current != null && current.state() == State.RUNNING) {
            throw IppException.conflict("REBUILD_RUNNING", "A rebuild is already running");
        }
        Map<String, List<String>> tables = replayable();
        Map<String, StreamingEventProcessor> processors = processors();
        tables.keySet().stream().filter(name -> !holdsEverySegment(processors.get(name))).findFirst()
                .ifPresent(name -> {
                    throw IppException.conflict("REBUILD_UNAVAILABLE", "The projection " + name + " is not running "
                            + "wholly on this instance (its segments are shared with another); start the rebuild on "
                            + "the instance that runs all of it, or with one instance running");
                });
        TrackingToken head = axon.getObject().eventStore().createHeadToken();
        long total = head == null ? 0 : head.position().orElse(0);
        RebuildProgress started = new RebuildProgress(State.RUNNING, 0, total, 0, null, clock.instant(), null, null);
        progress.set(started);
        stopAll(tables.keySet().stream().map(processors::get).toList());
        try {
            for (Map.Entry<String, List<String>> projection : tables.entrySet()) {
                String name = projection.getKey();
                try {
                    transactions.executeWithoutResult(status -> {
                        copies.create(name, projection.getValue());
                        processors.get(name).resetTokens();
                    });
                    copies.markRebuilding(name);
                } catch (RuntimeException e) {
                    log.error("Could not reset {}; the projections reset before it are rebuilt", name, e);
                    progress.set(new RebuildProgress(State.FAILED, 0, total, 0, null, started.startedAt(),
                            clock.instant(), "Could not reset " + name));
                    throw IppException.conflict("REBUILD_UNAVAILABLE", "The projection " + name
                            + " could not be reset; another instance may have taken it over");
                }
            }
        } finally {
            tables.keySet().forEach(name -> processors.get(name).start());
        }
        log.info("Rebuilding the projections {}", tables.keySet());
        return progress().orElse(started);
    }

    public Optional<RebuildProgress> progress() {
        RebuildProgress last = progress.get();
        if (last == null || last.state() != State.RUNNING) {
            return Optional.ofNullable(last);
        }
        long done = Long.MAX_VALUE;
        Map<String, StreamingEventProcessor> processors = processors();
        for (String name : copies.rebuilding()) {
            for (EventTrackerStatus status : processors.get(name).processingStatus().values()) {
                done = Math.min(done, status.isReplaying() ? status.getCurrentPosition().orElse(0) : last.eventsTotal());
            }
        }
        done = done == Long.MAX_VALUE ? last.eventsDone() : Math.max(Math.min(done, last.eventsTotal()), last.eventsDone());
        long millis = Math.max(Duration.between(last.startedAt(), clock.instant()).toMillis(), 1);
        long rate = done * 1000 / millis;
        RebuildProgress now = new RebuildProgress(State.RUNNING, done, last.eventsTotal(), rate,
                rate == 0 ? null : (last.eventsTotal() - done) / rate, last.startedAt(), null, null);
        progress.compareAndSet(last, now);
        return Optional.of(now);
    }

    /**
     * Called on a processor's own thread with each change of its status, between two of its batches: when the
     * change ends a rebuilding processor's replay, its copies are swapped in there and then. A replay has ended once
     * the processor has passed every event it had handled before the reset: from there on, each event reaches the
     * views and the copies alike. That is often before Axon reports it caught up, which a processor that skipped the
     * newest events does only after waiting out a poll for more.
     */
    private void swapIfReplayEnded(Map<Integer, EventTrackerStatus> changed) {
        if (copies.rebuilding().isEmpty()) {
            return;
        }
        processors().forEach((name, processor) -> {
            if (copies.rebuilding().contains(name) && reports(processor, changed) && replayEnded(processor)) {
                try {
                    swap(name);
                } catch (RuntimeException e) {
                    log.warn("Swapping in {} failed; retried at the processor's next report", name, e);
                }
            }
        });
    }

    private boolean holdsEverySegment(StreamingEventProcessor processor) {
        int held = processor.processingStatus().size();
        return held > 0 && held >= segments.count(processor.getName());
    }

    private boolean replayEnded(StreamingEventProcessor processor) {
        return holdsEverySegment(processor)
                && processor.processingStatus().values().stream().allMatch(status -> !status.isErrorState()
                && (status.isCaughtUp() || !status.isReplaying() || passedReset(status)));
    }

    private static boolean passedReset(EventTrackerStatus status) {
        OptionalLong reset = status.getResetPosition();
        return reset.isPresent() && status.getCurrentPosition().orElse(-1) >= reset.getAsLong();
    }

    /** Whether the changed statuses are this processor's own (a change reports the status the processor holds). */
    private static boolean reports(StreamingEventProcessor processor, Map<Integer, EventTrackerStatus> changed) {
        Map<Integer, EventTrackerStatus> own = processor.processingStatus();
        return changed.entrySet().stream().anyMatch(entry -> own.get(entry.getKey()) == entry.getValue());
    }

    /** Replaces the views' rows with the copies', once; the processor must not be applying events meanwhile. */
    private void swap(String name) {
        synchronized (swapping) {
            if (!copies.rebuilding().contains(name)) {
                return;
            }
            progress();
            List<String> tables = copies.tablesByProcessingGroup().get(name);
            transactions.executeWithoutResult(status -> copies.swap(name, tables));
            copies.swapped(name);
            log.info("Rebuilt {} ({}) swapped in", name, tables);
        }
        finishIfDone();
    }

    private static void stopAll(List<StreamingEventProcessor> processors) {
        CompletableFuture.allOf(processors.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
    }

    private void finishIfDone() {
        RebuildProgress last = progress.get();
        if (last != null && last.state() == State.RUNNING && copies.rebuilding().isEmpty()) {
            Instant finished = clock.instant();
            long millis = Math.max(Duration.between(last.startedAt(), finished).toMillis(), 1);
            long total = last.eventsTotal();
            RebuildProgress done = new RebuildProgress(State.COMPLETED, total, total, total * 1000 / millis, 0L,
                    last.startedAt(), finished, null);
            progress.set(done);
            log.info("Projection rebuild completed: {} events in {} ms ({} events/s)", total, millis,
                    done.eventsPerSecond());
        }
    }

    private Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        axon.getObject().eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        return processors;
    }

    /** Every replayable processor and the tables its projections declare. */
    private Map<String, List<String>> replayable() {
        Map<String, List<String>> declared = copies.tablesByProcessingGroup();
        Map<String, List<String>> tables = new LinkedHashMap<>();
        processors().forEach((name, processor) -> {
            if (!processor.supportsReset()) {
                return;
            }
            List<String> own = declared.getOrDefault(name, List.of());
            if (own.isEmpty()) {
                throw new IllegalStateException("The processor " + name + " can be replayed but none of its "
                        + "projections declares its tables: annotate them with @ProjectionTables, or the "
                        + "components that must not be replayed with @DisallowReplay");
            }
            tables.put(name, own);
        });
        return tables;
    }
}
