/**
 * The web app's hold on the store and the log: a pool of read connections, one writer that owns the
 * {@link org.vigil.ledger.Ledger}, and the access log that appends every read, search, export and disclosure
 * (DPA 2018 s.62) in group commits, so fifty people reading at once cost one signed checkpoint per batch rather than
 * one each.
 *
 * <p>Glossary: a <em>leaf</em> is an entry's index in the RFC 6962 log; a <em>receipt</em> is a C2SP
 * {@code tlog-proof@v1} text proving one leaf is under a signed checkpoint.
 */
package org.vigil.web.ledger;
