/**
 * Taking records in: reading JSON Lines files (plain or gzip), validating each line, quarantining what cannot be
 * accepted with its line number and reason, and committing the rest to the ledger in batches. A re-run of the same
 * input changes nothing: an id already stored with the same content is a no-op, and with different content it is
 * rejected.
 */
package org.vigil.ingest;
