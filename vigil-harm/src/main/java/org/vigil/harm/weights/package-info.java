/**
 * Harm weights as data, each with its source attached.
 *
 * <p>{@link org.vigil.harm.weights.HarmWeights} maps a Home Office offence code to a CCHI weight in
 * days; {@link org.vigil.harm.weights.CategoryWeights} maps a police.uk crime category (nationally, or
 * for one force) to the count-weighted average of its subgroups. The bundled tables and their origins
 * are described in {@code src/main/resources/org/vigil/harm/README.md}.
 *
 * <p>A weight is a <em>placeholder</em> when it is not the offence's own value: a subgroup median
 * standing in for a missing offence-level CCHI row (SUBGROUP FALLBACK), or the documented default for
 * a code the table does not know. Placeholders are never silent: they carry the flag and a source text
 * saying so, and every consumer is expected to show it.
 */
package org.vigil.harm.weights;
