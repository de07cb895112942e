package co.kustom.ipp.platform.axon;

import java.sql.Array;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.platform.config.IppProperties;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.AbstractSagaManager;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Component;

/**
 * Waits until the events stored since a position have been applied by every processor that handles them: the
 * views and the callback outbox then show what a command stored. (The saga is not waited for: nothing reads it.)
 * <p>
 * The segments of a processor that this instance holds are read from memory; the others, from their tokens in
 * PostgreSQL. With the event store in PostgreSQL, a token may list gaps (positions whose transactions had not
 * committed when the processor passed them). The command's own events were committed before they were looked up, so a
 * gap that is still not a stored event (a transaction in flight or rolled back) cannot be one of them and is not
 * waited for.
 */
@Component
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);
    private static final long MAX_PAUSE_MILLIS = 50;
    /** Prepared, so the driver parses it once per connection rather than at each command. */
    private static final PreparedStatementCreator HEAD =
            connection -> connection.prepareStatement("select max(global_index) from domain_event_entry");

    private final EventStore eventStore;
    private final boolean sqlEventStore;
    private final Configuration axon;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Duration timeout;
    private final ProcessorProgress progress;
    private final ProcessorSegments segments;
    private final Map<String, Optional<Class<?>>> payloadTypes = new ConcurrentHashMap<>();

    ReadYourWrites(EventStore eventStore, ObjectProvider<EventStorageEngine> storageEngine, Configuration axon,
                   JdbcTemplate jdbc, @Qualifier("tokenSerializer") Serializer serializer,
                   IppProperties properties, ProcessorProgress progress, ProcessorSegments segments) {
        this.progress = progress;
        this.segments = segments;
        this.eventStore = eventStore;
        this.sqlEventStore = storageEngine.getIfAvailable() instanceof JdbcEventStorageEngine;
        this.axon = axon;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.timeout = properties.processing().readYourWritesTimeout();
    }

    /**
     * The position of the last stored event (null while the store is empty). In PostgreSQL one prepared query outside
     * any transaction: Axon's storage engine would open one for it.
     */
    public TrackingToken head() {
        if (!sqlEventStore) {
            return eventStore.createHeadToken();
        }
        Long last = jdbc.query(HEAD, (ResultSet row) -> row.next() ? row.getObject(1, Long.class) : null);
        return last == null ? null : GapAwareTrackingToken.newInstance(last, Set.of());
    }

    public void awaitProcessorsAfter(TrackingToken before) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Stored stored = sqlEventStore ? storedInSqlSince(before) : streamedSince(before, deadline);
        if (stored != null) {
            await(stored, deadline);
        }
    }

    /**
     * Waits until every processor has applied every event stored so far: what a request whose answer was lost needs
     * before it looks for what that request may have stored.
     */
    public void awaitProcessorsAtHead() {
        TrackingToken head = head();
        if (head != null) {
            await(new Stored(head, Set.of()), System.nanoTime() + timeout.toNanos());
        }
    }

    private void await(Stored stored, long deadline) {
        List<StreamingEventProcessor> waitingFor = new ArrayList<>(handlersOf(stored.payloadTypes()));
        Set<Long> notStored = new HashSet<>();
        long pause = 1;
        while (true) {
            long moves = progress.moves();
            waitingFor.removeIf(processor -> hasPassed(processor, stored.last(), notStored));
            if (waitingFor.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                log.warn("Answering before {} applied the events up to {} (waited {})",
                        waitingFor.stream().map(StreamingEventProcessor::getName).toList(), stored.last(), timeout);
                return;
            }
            try {
                progress.awaitMoveAfter(moves, pause); // woken by a processor here; the pause paces reads of others' tokens
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
    }

    /** The events stored after a position: the position of the last one, and their payload types (none: unknown). */
    private record Stored(TrackingToken last, Set<String> payloadTypes) {
    }

    private Stored storedInSqlSince(TrackingToken before) {
        long from = before == null ? -1 : ((GapAwareTrackingToken) before).getIndex();
        long[] last = {-1};
        Set<String> types = new HashSet<>();
        jdbc.query("select global_index, payload_type from domain_event_entry where global_index > ?", row -> {
            last[0] = Math.max(last[0], row.getLong(1));
            types.add(row.getString(2));
        }, from);
        return types.isEmpty() ? null : new Stored(GapAwareTrackingToken.newInstance(last[0], Set.of()), types);
    }

    private Stored streamedSince(TrackingToken before, long deadline) {
        TrackingToken after = eventStore.createHeadToken();
        if (after == null || before != null && before.covers(after)) {
            return null;
        }
        Set<String> types = new HashSet<>();
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(before)) {
            while (System.nanoTime() < deadline && events.hasNextAvailable(10, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = events.nextAvailable();
                types.add(event.getPayloadType().getName());
                if (event.trackingToken().covers(after)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Stored(after, types);
    }

    private List<StreamingEventProcessor> handlersOf(Set<String> typeNames) {
        List<Class<?>> types = typeNames.stream().map(this::payloadType).flatMap(Optional::stream).toList();
        boolean allKnown = !typeNames.isEmpty() && types.size() == typeNames.size();
        return axon.eventProcessingConfiguration().eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .filter(processor -> !(processor instanceof AbstractEventProcessor handling)
                        || !isSaga(handling.eventHandlerInvoker())
                        && (!allKnown || types.stream().anyMatch(handling.eventHandlerInvoker()::canHandleType)))
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    /** A saga manager claims every type (it decides by association); nothing reads a saga, so it is not waited for. */
    private static boolean isSaga(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multiple) {
            return multiple.delegates().stream().allMatch(ReadYourWrites::isSaga);
        }
        return invoker instanceof AbstractSagaManager<?>;
    }

    private Optional<Class<?>> payloadType(String name) {
        return payloadTypes.computeIfAbsent(name, key -> {
            try {
                return Optional.of(Class.forName(key, false, getClass().getClassLoader()));
            } catch (ClassNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private boolean hasPassed(StreamingEventProcessor processor, TrackingToken last, Set<Long> notStored) {
        Map<Integer, EventTrackerStatus> running = processor.processingStatus();
        if (running.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return true; // it retries with a backoff and logs why; waiting for it would only delay the answer
        }
        List<TrackingToken> tokens = new ArrayList<>();
        running.values().forEach(status -> tokens.add(status.getTrackingToken()));
        if (running.size() < segments.count(processor.getName())) {
            tokens.addAll(storedTokens(processor.getName(), running.keySet()));
        }
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> covers(token, last, notStored));
    }

    private boolean covers(TrackingToken token, TrackingToken last, Set<Long> notStored) {
        TrackingToken position = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (position == null) {
            return false;
        }
        if (!(position instanceof GapAwareTrackingToken at) || !(last instanceof GapAwareTrackingToken lastAt)) {
            return position.covers(last);
        }
        if (at.getIndex() < lastAt.getIndex()) {
            return false;
        }
        SortedSet<Long> gaps = new TreeSet<>(at.getGaps().headSet(lastAt.getIndex() + 1));
        gaps.removeAll(notStored);
        if (gaps.isEmpty()) {
            return true;
        }
        List<Long> stored = jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "select global_index from domain_event_entry where global_index = any(?)");
            Array indexes = connection.createArrayOf("bigint", gaps.toArray());
            statement.setArray(1, indexes);
            return statement;
        }, (row, number) -> row.getLong(1));
        gaps.stream().filter(gap -> !stored.contains(gap)).forEach(notStored::add);
        return stored.isEmpty();
    }

    /** The tokens of the processor's segments that this instance does not hold, as their holders last stored them. */
    private List<TrackingToken> storedTokens(String processorName, Set<Integer> held) {
        List<TrackingToken> tokens = new ArrayList<>();
        jdbc.query("select segment, token, token_type from token_entry where processor_name = ? and segment >= 0",
                row -> {
                    if (held.contains(row.getInt("segment"))) {
                        return;
                    }
                    byte[] token = row.getBytes("token");
                    tokens.add(token == null ? null : (TrackingToken) serializer.deserialize(new SimpleSerializedObject<>(
                            token, byte[].class, new SimpleSerializedType(row.getString("token_type"), null))));
                }, processorName);
        return tokens;
    }
}
