package org.vigil.store;

/**
 * Told, as a replay of the store in event time goes on, how many records it has gone through of how many: at least
 * once at the end, when {@code records == total} unless others committed meanwhile. What a progress bar draws.
 */
@FunctionalInterface
public interface ReplayListener {
    ReplayListener NONE = (records, total) -> { };

    /** How often, in records, a replay says how far it is, besides at the end. */
    int EVERY = 1000;

    void replayed(long records, long total);
}
