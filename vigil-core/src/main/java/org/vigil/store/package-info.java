/**
 * Where Vigil keeps what it is sent and its log: one SQL database, the embedded SQLite file by default or a shared
 * PostgreSQL. {@link org.vigil.store.ConcernStore} is the seam; both implementations pass the same contract tests.
 *
 * <p>A {@link org.vigil.store.StoreBatch} is written in one transaction: records, their projections, access events,
 * log entries, the hash tiles they change and the checkpoint that signs them. So there is never a record without its
 * log entry, nor an entry without its record, whatever happens to the process.
 */
package org.vigil.store;
