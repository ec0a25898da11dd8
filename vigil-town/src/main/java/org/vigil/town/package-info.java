/**
 * A synthetic town for Vigil: seeded, deterministic safeguarding records in the interchange format (spec §1) and
 * the ground truth behind them, for the demo, for scoring Vigil's alerts and linkage, and for benchmarks.
 *
 * <p>Pipeline: {@link org.vigil.town.TownOptions} says which town; {@link org.vigil.town.TownGenerator} writes its
 * records and truth; {@link org.vigil.town.TownMain} does that from a script. {@link org.vigil.town.BadSamples}
 * writes, separately, lines that break the format on purpose.
 *
 * <h2>Glossary</h2>
 * <dl>
 * <dt>district</dt><dd>A self-contained part of the town with its own people and places; a big town is a run of
 * districts, generated one after another.</dd>
 * <dt>network</dt><dd>Two to six offenders who share cars, phones and premises.</dd>
 * <dt>benign adult</dt><dd>An adult who works with many children for good reasons and must not be flagged.</dd>
 * <dt>mention</dt><dd>One subject of one concern, keyed {@code "<concern id>/<ref>"} (spec §2).</dd>
 * <dt>NFA</dt><dd>A decision of {@code no_further_action}.</dd>
 * </dl>
 */
package org.vigil.town;
