package co.kustom.ipp.platform.web;

import java.util.List;

/** The one page shape of every list (API.md §4). */
public record PageResult<T>(List<T> content, long totalElements, int totalPages, int pageNumber, int pageSize,
                            boolean first, boolean last) {

    /** The page {@code page} asked for: its rows, out of {@code totalElements} that match. */
    public static <T> PageResult<T> of(List<T> content, long totalElements, PageQuery page) {
        int totalPages = (int) ((totalElements + page.pageSize() - 1) / page.pageSize());
        return new PageResult<>(content, totalElements, totalPages, page.pageNumber(), page.pageSize(),
                page.pageNumber() == 0, page.pageNumber() + 1 >= totalPages);
    }
}
