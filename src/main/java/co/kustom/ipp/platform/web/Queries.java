package co.kustom.ipp.platform.web;

import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The query gateway as the web layer and the services use it: one result, a required one, or a page. */
@Component
public class Queries {

    private final QueryGateway gateway;

    Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <T> Optional<T> find(Object query, Class<T> type) {
        return gateway.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    /** The result, or a 404 saying that {@code what} was not found. */
    public <T> T require(Object query, Class<T> type, String what) {
        return find(query, type).orElseThrow(() -> IppException.notFound(what));
    }

    public <T> T get(Object query, Class<T> type) {
        return gateway.query(query, ResponseTypes.instanceOf(type)).join();
    }

    /**
     * A page of results. Axon matches query handlers by their return class and never matches a parameterised one,
     * so list query handlers declare the raw {@code PageResult}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> PageResult<T> page(Object query) {
        return gateway.query(query, (ResponseType<PageResult<T>>) (ResponseType) ResponseTypes.instanceOf(PageResult.class))
                .join();
    }
}
