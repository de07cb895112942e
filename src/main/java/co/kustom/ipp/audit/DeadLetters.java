package co.kustom.ipp.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.kustom.ipp.audit.api.DeadLetterView;
import co.kustom.ipp.platform.axon.EventParking;
import co.kustom.ipp.platform.web.IppException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The events the processors parked ({@link EventParking}), for the operator: listed, retried (a parked
 * event and the rest of its sequence, in order, by the processor's own handlers) or evicted (given up on: the views
 * stay without its effects). The count per processor is a metric, {@code ipp.dead.letters}, and a health detail.
 */
@Component("deadLetters")
public class DeadLetters implements HealthIndicator {

    private final ObjectProvider<Configuration> axon;
    private final MeterRegistry meters;

    DeadLetters(ObjectProvider<Configuration> axon, MeterRegistry meters) {
        this.axon = axon;
        this.meters = meters;
    }

    public List<DeadLetterView> list() {
        List<DeadLetterView> letters = new ArrayList<>();
        queues().forEach((processor, queue) -> queue.deadLetters().forEach(sequence -> sequence.forEach(letter ->
                letters.add(view(processor, letter)))));
        return letters;
    }

    /** Retries the parked event's sequence from its first event; whether the whole sequence was then applied. */
    public boolean retry(String id) {
        Found found = find(id);
        String sequence = found.letter().getSequenceIdentifier();
        processor(found.processor()).process(letter -> letter instanceof JdbcDeadLetter<?> jdbc
                && jdbc.getSequenceIdentifier().equals(sequence));
        return !queues().get(found.processor()).contains(sequence);
    }

    /** Retries every parked sequence once; how many are still parked. */
    public long retryAll() {
        queues().forEach((processor, queue) -> {
            for (long sequences = queue.amountOfSequences(); sequences > 0; sequences--) {
                processor(processor).processAny();
            }
        });
        return count();
    }

    public void evict(String id) {
        Found found = find(id);
        queues().get(found.processor()).evict(found.letter());
    }

    public long count() {
        return queues().values().stream().mapToLong(SequencedDeadLetterQueue::size).sum();
    }

    /** Once Axon is up (its configuration needs the meter registry, so a meter binder would come too early). */
    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        queues().forEach((processor, queue) -> Gauge.builder("ipp.dead.letters", queue, SequencedDeadLetterQueue::size)
                .description("Events parked by a processor after its handlers failed on them")
                .tag("processor", processor)
                .register(meters));
    }

    /** Up whatever the count: a parked event stops one sequence, not the instance. */
    @Override
    public Health health() {
        Health.Builder health = Health.up();
        queues().forEach((processor, queue) -> health.withDetail(processor, queue.size()));
        return health.build();
    }

    private record Found(String processor, JdbcDeadLetter<EventMessage<?>> letter) {
    }

    @SuppressWarnings("unchecked")
    private Found find(String id) {
        for (var queue : queues().entrySet()) {
            for (var sequence : queue.getValue().deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (letter instanceof JdbcDeadLetter<?> jdbc && jdbc.getIdentifier().equals(id)) {
                        return new Found(queue.getKey(), (JdbcDeadLetter<EventMessage<?>>) jdbc);
                    }
                }
            }
        }
        throw IppException.notFound("Dead letter");
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String name) {
        return axon.getObject().eventProcessingConfiguration().sequencedDeadLetterProcessor(name).orElseThrow();
    }

    private Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues() {
        var processing = axon.getObject().eventProcessingConfiguration();
        Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues = new LinkedHashMap<>();
        processing.eventProcessors().keySet().stream().sorted().forEach(name ->
                processing.deadLetterQueue(name).ifPresent(queue -> queues.put(name, queue)));
        return queues;
    }

    private static DeadLetterView view(String processor, DeadLetter<? extends EventMessage<?>> letter) {
        JdbcDeadLetter<?> stored = (JdbcDeadLetter<?>) letter;
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new DeadLetterView(stored.getIdentifier(), processor, stored.getSequenceIdentifier(),
                stored.getSequenceIndex(), event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), event.getTimestamp(), letter.enqueuedAt(),
                letter.lastTouched(), letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null), EventParking.attempts(letter));
    }

}
