package co.kustom.ipp.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Upcasts one revision of an event to the next when the next only added a field: the stored events did not know
 * it, so they are read with it set to null. (The event store's mapper refuses an event that lacks a field.)
 */
public abstract class NullFieldUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final String field;

    protected NullFieldUpcaster(Class<?> eventType, String fromRevision, String toRevision, String field) {
        this.from = new SimpleSerializedType(eventType.getTypeName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getTypeName(), toRevision);
        this.field = field;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull(field);
            return payload;
        });
    }
}
