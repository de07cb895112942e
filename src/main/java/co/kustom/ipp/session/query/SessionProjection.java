package co.kustom.ipp.session.query;

import java.util.Optional;

import co.kustom.ipp.session.api.FindSession;
import co.kustom.ipp.session.api.SessionCancelled;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("session-view")
class SessionProjection {

    private final SessionViewRepository sessions;

    SessionProjection(SessionViewRepository sessions) {
        this.sessions = sessions;
    }

    @EventHandler
    void on(SessionCreated event) {
        sessions.save(new SessionView(event));
    }

    @EventHandler
    void on(SessionCancelled event) {
        sessions.getReferenceById(event.sessionId()).moveTo(SessionStatus.CANCELLED, event.cancelledAt());
    }

    @QueryHandler
    Optional<SessionDto> handle(FindSession query) {
        return sessions.findBySessionIdAndMerchantId(query.sessionId(), query.merchantId()).map(SessionView::toDto);
    }
}
