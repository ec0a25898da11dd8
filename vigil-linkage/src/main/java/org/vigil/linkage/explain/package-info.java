/**
 * Explanations: why a pair scored as it did, as a waterfall of match weights.
 *
 * <p>A {@link org.vigil.linkage.explain.Waterfall} starts at the prior weight log₂(λ/(1−λ)), adds each
 * comparison's level weight log₂(m/u) and any term-frequency adjustment, and ends at the total weight
 * and its probability. Every scored pair can be explained; the explanation is recomputed on demand from
 * the same model and table, so it always agrees with the score.
 */
package org.vigil.linkage.explain;
