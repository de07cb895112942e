package co.kustom.ipp.platform.axon;

/**
 * A projection's writes that it keeps in memory during a processor's batch and writes to the database before the
 * batch commits. Whoever must see them earlier in the batch (a read through another path, or a rebuild changing
 * which tables the statements reach) flushes them first.
 */
public interface BufferedWrites {

    /** Writes what the current batch has buffered so far. */
    void flush();
}
