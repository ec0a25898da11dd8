/**
 * The Fellegi–Sunter model as a value: comparisons, their m and u probabilities, and the prior λ.
 *
 * <p>Glossary (Fellegi &amp; Sunter 1969; Splink's terms):
 * <ul>
 *   <li><b>λ</b> — the prior probability that two records drawn at random are the same person.
 *   <li><b>m</b> — P(level | match); <b>u</b> — P(level | non-match).
 *   <li><b>match weight</b> — log₂ of a Bayes factor: a level contributes log₂(m/u); the prior contributes
 *       log₂(λ/(1−λ)); a pair's weight is the sum, and its probability is 2<sup>w</sup>/(1+2<sup>w</sup>).
 * </ul>
 * A {@link org.vigil.linkage.model.LinkageModel} is immutable; training returns a new one. It saves to
 * JSON and loads again with identical parameters.
 */
package org.vigil.linkage.model;
