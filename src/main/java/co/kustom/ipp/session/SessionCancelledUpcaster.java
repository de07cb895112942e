package co.kustom.ipp.session;

import co.kustom.ipp.platform.axon.NullFieldUpcaster;
import co.kustom.ipp.session.api.SessionCancelled;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@link SessionCancelled} did not carry the order: a session cancelled then had no {@code orderId}
 * recorded. Revision 2 does; the stored revision-1 events are read with {@code orderId: null}.
 */
@Component
class SessionCancelledUpcaster extends NullFieldUpcaster {

    SessionCancelledUpcaster() {
        super(SessionCancelled.class, "1", "2", "orderId");
    }
}
