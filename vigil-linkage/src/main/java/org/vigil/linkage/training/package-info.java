/**
 * Training without labels, in Splink's order.
 *
 * <ol>
 *   <li>{@link org.vigil.linkage.training.RandomSampling}: u probabilities from record pairs drawn at
 *       random (almost all non-matches).
 *   <li>{@link org.vigil.linkage.training.ExpectationMaximisation}: m probabilities by EM with u held
 *       fixed, in one session per training blocking rule; a session does not estimate the comparisons
 *       whose fields its rule blocks on (all its pairs agree there by construction), and estimates from
 *       several sessions are averaged.
 *   <li>{@link org.vigil.linkage.training.PriorEstimation}: λ, the share of all pairs that match, by a
 *       fixed point over the scored candidate pairs.
 * </ol>
 * EM works on the counts of distinct comparison vectors (patterns), so an iteration costs the number of
 * distinct patterns, not the number of pairs. Term-frequency adjustments are not used in EM (as in
 * Splink); they apply when scoring.
 */
package org.vigil.linkage.training;
