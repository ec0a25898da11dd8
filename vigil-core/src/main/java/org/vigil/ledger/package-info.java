/**
 * The ledger: Vigil's records and actions written to the RFC 6962 log, with signed checkpoints, receipts, and an
 * audit that proves the store still matches what was logged.
 *
 * <p>Glossary:
 * <dl>
 *   <dt>entry</dt><dd>a short UTF-8 text naming what happened (a record received, an export made), by whom, when,
 *   and the SHA-256 of the record or event exactly as kept. Entries carry commitments, never personal data, so
 *   lawful erasure of a record never breaks the log.</dd>
 *   <dt>checkpoint</dt><dd>a C2SP signed note committing to the tree's size and root hash.</dd>
 *   <dt>receipt</dt><dd>a C2SP {@code tlog-proof@v1} text: the entry, its index, its inclusion proof and the
 *   checkpoint, checkable offline with the log's verifier key.</dd>
 * </dl>
 */
package org.vigil.ledger;
