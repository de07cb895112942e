package co.kustom.ipp.platform.web;

import java.util.List;
import java.util.function.Function;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.data.domain.Page;

/** The one page shape of every list (API.md §4). */
public record PageResult<T>(List<T> content, long totalElements, int totalPages, int pageNumber, int pageSize,
                            boolean first, boolean last) {

    public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements(),
                page.getTotalPages(), page.getNumber(), page.getSize(), page.isFirst(), page.isLast());
    }

    /**
     * The query gateway's response type for a page. Axon matches query handlers by their return class and never
     * matches a parameterised one, so list query handlers declare the raw {@code PageResult}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> ResponseType<PageResult<T>> responseType() {
        return (ResponseType) ResponseTypes.instanceOf(PageResult.class);
    }
}
