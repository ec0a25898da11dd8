/**
 * Incremental linking: records arrive one at a time (mentions during ingest) and each is scored only
 * against the records that share a blocking key with it, then clustered into existing people.
 *
 * <p>{@link org.vigil.linkage.incremental.LinkageIndex#add} returns the candidate matches with
 * probabilities and waterfalls and the cluster change (stable cluster ids: a cluster is named by its
 * oldest record; merges are reported). A mention with only a first name or nickname is reached through
 * a shared phone, vehicle (with wildcards) or place, which are blocking keys of their own.
 */
package org.vigil.linkage.incremental;
