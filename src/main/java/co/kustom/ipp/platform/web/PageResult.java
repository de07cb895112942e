package co.kustom.ipp.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The one page shape of every list (API.md §4). */
public record PageResult<T>(List<T> content, long totalElements, int totalPages, int pageNumber, int pageSize,
                            boolean first, boolean last) {

    public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements(),
                page.getTotalPages(), page.getNumber(), page.getSize(), page.isFirst(), page.isLast());
    }
}
