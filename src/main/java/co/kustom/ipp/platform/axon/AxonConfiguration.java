package co.kustom.ipp.platform.axon;

import java.util.List;

import co.kustom.ipp.platform.web.PageResult;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /**
     * Events, messages, sagas and tokens are stored as JSON written by a mapper of their own: sharing Spring's web
     * mapper would let a web setting (naming, inclusion) change what is stored. A stored event missing a field of
     * its class is refused rather than read with a silent null: a changed event needs a new revision and an
     * upcaster.
     */
    @Bean
    @Primary
    Serializer serializer(List<StorageMixIn> featureMixIns) {
        ObjectMapper storageMapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .addMixIn(PageResult.class, TypedPageItems.class);
        featureMixIns.forEach(mixIn -> storageMapper.addMixIn(mixIn.target(), mixIn.mixIn()));
        return JacksonSerializer.builder().objectMapper(storageMapper).build();
    }

    /**
     * Query results with a generic part keep its class across a distributed query bus: without it, a page's items
     * arrive as maps, and a client would see other JSON depending on the bus that carried the query. Features add
     * their own ({@link StorageMixIn}).
     */
    private abstract static class TypedPageItems {
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
        abstract List<?> content();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }
}
