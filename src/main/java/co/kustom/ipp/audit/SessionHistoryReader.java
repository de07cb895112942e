package co.kustom.ipp.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.kustom.ipp.audit.api.FindSessionHistory;
import co.kustom.ipp.audit.api.RecordedEvent;
import co.kustom.ipp.audit.api.SessionHistory;
import co.kustom.ipp.platform.axon.CausedBy;
import co.kustom.ipp.platform.web.Queries;
import co.kustom.ipp.session.api.FindSession;
import co.kustom.ipp.session.api.SessionDto;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Reads a session's history from the event store itself, not from a projection: what auditors replay. */
@Component
class SessionHistoryReader {

    private final EventStore eventStore;
    private final Queries queries;

    SessionHistoryReader(EventStore eventStore, Queries queries) {
        this.eventStore = eventStore;
        this.queries = queries;
    }

    @QueryHandler
    Optional<SessionHistory> handle(FindSessionHistory query) {
        boolean merchantsSession = queries.find(new FindSession(query.merchantId(), query.sessionId()), SessionDto.class)
                .isPresent();
        if (!merchantsSession) {
            return Optional.empty();
        }
        List<RecordedEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(query.sessionId().toString());
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            events.add(new RecordedEvent(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    event.getTimestamp(), event.getPayload(), new RecordedEvent.Causer(
                    (String) event.getMetaData().getOrDefault(CausedBy.TYPE, CausedBy.SYSTEM),
                    (String) event.getMetaData().getOrDefault(CausedBy.ID, CausedBy.SYSTEM))));
        }
        return Optional.of(new SessionHistory(events));
    }
}
