package co.kustom.ipp.platform.db;

/**
 * A repository fragment for rows created with their id already known (from an event): {@code save} would merge
 * them, reading the row before writing it; {@code insert} writes it once.
 */
public interface Inserts<T> {

    void insert(T row);
}
