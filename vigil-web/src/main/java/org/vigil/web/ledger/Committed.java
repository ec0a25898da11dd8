package org.vigil.web.ledger;

import java.time.Instant;

/** A batch the ledger accepted: the leaf of its first entry, and the time written into its entries. */
public record Committed(long firstLeaf, Instant at) {
}
