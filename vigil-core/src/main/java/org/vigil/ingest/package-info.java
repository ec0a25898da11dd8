/**
 * Taking records in: reading JSON Lines files (plain or gzip), validating each line, quarantining what cannot be
 * accepted with its line number and reason, and committing the rest to the ledger in batches. A re-run of the same
 * input changes nothing: an id already stored with the same content is a no-op, and with different content it is
 * rejected. New mentions are linked into persons before their batch is committed; {@link TakingTurns} does so under
 * the store's writer lease, giving it over between batches to another process that waits for it.
 */
package org.vigil.ingest;
