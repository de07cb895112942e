package co.kustom.ipp.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

/**
 * A processor whose event stream failed while a part was out of reach waits ever longer before it tries again; the
 * recovery restarts it, so it applies what was stored during the outage soon after the part is back.
 */
class ProcessorRecoveryTest {

    @Test
    void aProcessorWaitingOutAnOutageIsRestartedOnceThePartIsBack() throws Exception {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        AtomicBoolean outage = new AtomicBoolean(false);
        StreamableMessageSource<TrackedEventMessage<?>> source = new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
                if (outage.get()) {
                    throw new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(), "No connection");
                }
                BlockingStream<TrackedEventMessage<?>> stream = store.openStream(token);
                return new BlockingStream<>() {
                    @Override
                    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                        if (outage.get()) {
                            throw new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(), "Connection lost");
                        }
                        return stream.hasNextAvailable(timeout, unit);
                    }

                    @Override
                    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                        return stream.nextAvailable();
                    }

                    @Override
                    public Optional<TrackedEventMessage<?>> peek() {
                        return stream.peek();
                    }

                    @Override
                    public void close() {
                        stream.close();
                    }
                };
            }

            @Override
            public TrackingToken createTailToken() {
                return store.createTailToken();
            }

            @Override
            public TrackingToken createHeadToken() {
                return store.createHeadToken();
            }
        };
        List<Object> applied = new CopyOnWriteArrayList<>();
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("view")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers((EventMessageHandler) event -> {
                            applied.add(event.getPayload());
                            return null;
                        }).build())
                .messageSource(source)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
        processor.start();
        try {
            store.publish(GenericEventMessage.asEventMessage("before the outage"));
            awaitApplied(applied, 1);
            outage.set(true);
            Thread.sleep(5000); // failed after 0, 1 and 3 s: it now waits until 7 s
            store.publish(GenericEventMessage.asEventMessage("stored during the outage"));
            outage.set(false);

            new ProcessorRecovery(null).restartIfWaitingOutAnOutage("view", processor);

            awaitApplied(applied, 2);
            assertThat(applied).as("applied within 1 s of the part's return, not after the processor's own wait")
                    .containsExactly("before the outage", "stored during the outage");
        } finally {
            processor.shutDown();
        }
    }

    private static void awaitApplied(List<Object> applied, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (applied.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
