/**
 * Clustering: from pairwise links to people.
 *
 * <p>Plain connected components chain: A–B and B–C links put A and C together even if A and C are
 * plainly different people (two Daniel Smiths bridged by a record of one of them with a mistyped date;
 * a foster carer and the children in their care bridged by a shared address and phone). Here a link
 * may join two clusters only if the {@link org.vigil.linkage.clustering.ClusterGuard} allows it:
 * <ol>
 *   <li><b>no strong contradiction</b>: no pair across the two clusters is at a contradicting level
 *       (by default dates of birth or ages that disagree beyond a typo, swap or estimate's tolerance, or
 *       different sexes) or has a match probability below the veto (default 0.001: the model is
 *       confident they are different people); and
 *   <li><b>support</b>: at least {@code minSupport} (default 0.5) of the pairs across the two clusters
 *       are themselves links (probability at or above the threshold).
 * </ol>
 * The level-based contradictions matter because pair scores assume the comparisons independent:
 * siblings or a carer and the children in their care share an address, a postcode and a landline, which
 * the model counts three times, so their pair can score high; their dates of birth still disagree.
 * Links are considered strongest first, so the best-supported structure forms before weak links are
 * tried. {@link org.vigil.linkage.clustering.GuardedClustering} clusters a whole table;
 * {@link org.vigil.linkage.clustering.IncrementalClustering} adds one record at a time and keeps cluster
 * ids stable. See {@code docs/decisions/linkage-clustering.md} for the choice.
 */
package org.vigil.linkage.clustering;
