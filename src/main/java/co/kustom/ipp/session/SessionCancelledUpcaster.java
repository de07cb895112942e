package co.kustom.ipp.session;

import co.kustom.ipp.session.api.SessionCancelled;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@link SessionCancelled} did not carry the order: a session cancelled then had no {@code orderId}
 * recorded. Revision 2 does; the stored revision-1 events are read with {@code orderId: null}.
 */
@Component
class SessionCancelledUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(SessionCancelled.class.getTypeName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(SessionCancelled.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("orderId");
            return payload;
        });
    }
}
