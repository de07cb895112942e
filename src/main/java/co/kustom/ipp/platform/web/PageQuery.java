package co.kustom.ipp.platform.web;

/**
 * The page a list asks for: {@code page_number} (zero-based, default 0) and {@code page_size} (1–100, default 20),
 * read from the query by {@link PageQueryArgumentResolver} and documented by {@link PageParameters}.
 */
public record PageQuery(int pageNumber, int pageSize) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The database's row offsets are integers: no page starts beyond this row. */
    static final long MAX_OFFSET = Integer.MAX_VALUE - MAX_SIZE;

    public PageQuery {
        if (pageNumber < 0) {
            throw IppException.invalid("page_number", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw IppException.invalid("page_size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) pageNumber * pageSize > MAX_OFFSET) {
            throw IppException.invalid("page_number", "must be at most " + MAX_OFFSET / pageSize + " for page_size "
                    + pageSize);
        }
    }

    /** The rows before this page. */
    public long offset() {
        return (long) pageNumber * pageSize;
    }
}
