package co.kustom.ipp.platform.axon;

/**
 * A Jackson mix-in for the mapper that writes stored and transported messages (never the web's): a feature declares
 * one as a bean for a type of its own whose JSON needs more than its annotations say on the web.
 */
public record StorageMixIn(Class<?> target, Class<?> mixIn) {
}
