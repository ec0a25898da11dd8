/**
 * Scoring: the match weight and probability of record pairs under a trained model.
 *
 * <p>A {@link org.vigil.linkage.scoring.Scorer} binds a model to a table and scores one pair (with a
 * {@linkplain org.vigil.linkage.explain.Waterfall waterfall} on demand). {@link
 * org.vigil.linkage.scoring.PairScoring} scores every candidate pair of a blocking on several threads and
 * keeps those whose weight passes a floor, as primitive arrays ({@link
 * org.vigil.linkage.scoring.ScoredPairs}).
 *
 * <p>Term-frequency adjustment (as in Splink): for an agreement at a term-frequency-adjusted level on a
 * value with frequency <i>tf</i>, the u probability of the level is replaced by <i>tf</i>, i.e.
 * log₂(u/<i>tf</i>) is added to the level's weight log₂(m/u).
 */
package org.vigil.linkage.scoring;
