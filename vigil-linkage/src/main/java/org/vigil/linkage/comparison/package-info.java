/**
 * Comparisons: how a pair of records agrees on one field, as one of a few ordered levels.
 *
 * <p>In the Fellegi–Sunter model each {@link org.vigil.linkage.comparison.Comparison} maps a record pair
 * to a level (its <em>comparison vector value</em>, γ). Level 0 is always the <b>null level</b> (a value
 * is missing on either side: no evidence either way); the last level is always <b>else</b>
 * (disagreement); levels in between run from the strongest agreement to the weakest, and a pair falls in
 * the first level whose test it passes. Each level has a <b>m probability</b> (the chance of that level
 * among true matches) and a <b>u probability</b> (among non-matches), held by the model, and a level
 * may be <b>term-frequency adjusted</b>: an exact match on a rare value is stronger evidence than one on
 * a common value. Each implementation documents its levels in a table.
 *
 * <p>Comparisons are symmetric: {@code level(a, b) == level(b, a)}.
 */
package org.vigil.linkage.comparison;
