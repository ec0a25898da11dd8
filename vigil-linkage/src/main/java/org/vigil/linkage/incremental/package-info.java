/**
 * Incremental linking: records arrive one at a time (mentions during ingest) and each is scored only
 * against the records that share a blocking key with it, then clustered into existing people.
 *
 * <p>{@link org.vigil.linkage.incremental.LinkageIndex#add} returns the candidate matches with
 * probabilities and waterfalls and the cluster change (stable cluster ids: a cluster is named by its
 * oldest record; merges are reported). A mention with only a first name or nickname is reached through
 * a shared phone, vehicle (with wildcards), place or companion (a person named in the same report), which
 * are blocking keys of their own.
 *
 * <p>Each add is bounded: every block gives at most its {@code maxBlockSize} most recent records, so a
 * value shared by thousands still finds recent partners at a fixed cost. A record whose companions are
 * records of the index is never put in their clusters, now or by a later join, and an index may require
 * each link to agree on an identifying field (a name, birth, phone, vehicle), so that an address or a
 * place alone never links two people of one household.
 */
package org.vigil.linkage.incremental;
