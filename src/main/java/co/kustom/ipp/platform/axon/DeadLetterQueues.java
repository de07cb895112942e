package co.kustom.ipp.platform.axon;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A sequenced dead-letter queue in PostgreSQL ({@code dead_letter_entry}) for every processing group of event handlers
 * (views, the callback outbox, device signals): an event its handlers keep failing on is parked there with its
 * sequence ({@link EventParking}), and the processor goes on with every other session. The saga has none: it only
 * schedules and cancels deadlines. A rebuild's reset empties the queue of the processors it replays.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterQueues {

    static final DeadLetterSchema DEAD_LETTERS = DeadLetterSchema.builder()
            .deadLetterTable("dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    /** The processing groups of the event handlers among the beans (a saga's is not declared this way). */
    static List<String> processingGroups(ListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .distinct()
                .toList();
    }

    @Bean
    ConfigurerModule deadLetterQueuePerProcessingGroup(ListableBeanFactory beans, DataSource dataSource,
                                      ConnectionProvider connectionProvider, PlatformTransactionManager transactions,
                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                      @Qualifier("tokenSerializer") Serializer tokenSerializer) {
        EventParking parking = new EventParking(dataSource);
        // a parked event retried by the operator runs in a transaction nested in the queue's: a savepoint
        SavepointTransactions nested = new SavepointTransactions(transactions);
        return configurer -> {
            var processing = configurer.eventProcessing();
            processing.registerDefaultDeadLetterPolicy(config -> parking);
            for (String group : processingGroups(beans)) {
                processing.registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProvider)
                                .transactionManager(nested)
                                .schema(DEAD_LETTERS)
                                .genericSerializer(tokenSerializer)
                                .eventSerializer(eventSerializer)
                                .build())
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, invoker) -> invoker
                                .enableSequenceIdentifierCache()
                                .allowReset(true)
                                .transactionManager(nested))
                        .registerHandlerInterceptor(group, config -> parking.attempts(group, () -> config));
            }
        };
    }
}
