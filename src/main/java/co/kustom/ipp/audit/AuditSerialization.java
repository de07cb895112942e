package co.kustom.ipp.audit;

import co.kustom.ipp.audit.api.RecordedEvent;
import co.kustom.ipp.platform.axon.StorageMixIn;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A recorded event's payload keeps its class across a distributed query bus: without it, it would arrive as a map,
 * and the history's JSON would depend on the bus that carried the query.
 */
@Configuration(proxyBeanMethods = false)
class AuditSerialization {

    @Bean
    StorageMixIn typedRecordedEventPayload() {
        return new StorageMixIn(RecordedEvent.class, TypedEventPayload.class);
    }

    private abstract static class TypedEventPayload {
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
        abstract Object payload();
    }
}
