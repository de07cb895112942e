package co.kustom.ipp.platform.db;

/** Checks on the rows a view's writer changed. */
public final class ViewRows {

    private ViewRows() {
    }

    /**
     * An event about a row the view does not hold means a broken view: the processor's batch fails (and is retried)
     * rather than skip the event.
     */
    public static void requireOne(String view, Object id, int changed) {
        if (changed != 1) {
            throw new IllegalStateException("The " + view + " has no row for " + id);
        }
    }
}
