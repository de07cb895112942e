package co.kustom.ipp.platform.axon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.db.InstanceName;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shares each processor's segments among the instances of the service. Axon's tracking processor claims whatever
 * segment is free, so the first instance up would keep them all. Every claim interval each instance counts the
 * instances connected to the database ({@link InstanceName}) and, while it holds more segments of a processor than its
 * share, hands one over: it releases the segment for a few intervals, and another instance claims it meanwhile (or, if
 * none does, this one takes it back). An instance that stops releases its claims at once; one that dies keeps them
 * until the claim timeout, after which the others take them over at their next claim interval.
 * <p>
 * A processor with fewer segments in PostgreSQL than its setting (a database from before the setting was raised)
 * has a segment this instance holds split, one per interval, until it has them all. Fewer segments than stored (the
 * setting lowered) are left as they are: merging is an operator's decision.
 */
@Component
public class ProcessorSegments {

    private static final Logger log = LoggerFactory.getLogger(ProcessorSegments.class);
    /** Released for this many claim intervals: long enough for every other instance to look once. */
    private static final int HANDOVER_INTERVALS = 3;

    private final ObjectProvider<Configuration> axon;
    private final JdbcClient jdbc;
    private final IppProperties.Processing settings;
    private final Map<String, Integer> stored = new ConcurrentHashMap<>();

    ProcessorSegments(ObjectProvider<Configuration> axon, JdbcClient jdbc, IppProperties properties) {
        this.axon = axon;
        this.jdbc = jdbc;
        this.settings = properties.processing();
    }

    /** How many segments the processor has in PostgreSQL, as last counted (its setting until then). */
    public int count(String processor) {
        return stored.getOrDefault(processor, settings.segmentsOf(processor));
    }

    @Scheduled(initialDelayString = "${ipp.processing.claim-interval}", fixedDelayString = "${ipp.processing.claim-interval}")
    void balance() {
        long instances = Math.max(1, jdbc.sql("""
                        select count(distinct application_name) from pg_stat_activity
                        where application_name like :prefix""")
                .param("prefix", InstanceName.PREFIX + "%")
                .query(Long.class).single());
        axon.getObject().eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof TrackingEventProcessor tracking && tracking.isRunning()) {
                balance(name, tracking, instances);
            }
        });
    }

    private void balance(String name, TrackingEventProcessor processor, long instances) {
        int segments = jdbc.sql("select count(*) from token_entry where processor_name = :name and segment >= 0")
                .param("name", name).query(Integer.class).single();
        if (segments == 0) {
            return; // not initialized yet
        }
        stored.put(name, segments);
        var held = processor.processingStatus().keySet();
        if (held.isEmpty()) {
            return;
        }
        if (segments < settings.segmentsOf(name)) {
            int segment = held.iterator().next();
            log.info("Splitting segment {} of {} ({} of {} segments)", segment, name, segments,
                    settings.segmentsOf(name));
            processor.splitSegment(segment);
            return;
        }
        long share = (segments + instances - 1) / instances;
        boolean replaying = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying);
        if (held.size() > share && !replaying) { // a rebuild's replay ends on the instance that holds all of it
            int segment = held.iterator().next();
            log.info("Handing segment {} of {} over: {} instances share {} segments", segment, name, instances,
                    segments);
            processor.releaseSegment(segment, HANDOVER_INTERVALS * settings.claimInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }
}
