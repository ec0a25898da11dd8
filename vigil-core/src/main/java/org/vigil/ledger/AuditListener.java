package org.vigil.ledger;

/**
 * Told, as an audit goes on ({@link LogAudit}), which pass it is in and how far: {@code done} of {@code total} of
 * that pass's items (log entries or records), every {@link #EVERY} items and once at the end of the pass. What a
 * progress bar draws.
 */
@FunctionalInterface
public interface AuditListener {
    AuditListener NONE = (pass, done, total) -> { };

    /** How often, in items, an audit says how far it is, besides at the end of each pass. */
    int EVERY = 10_000;

    void checked(String pass, long done, long total);
}
