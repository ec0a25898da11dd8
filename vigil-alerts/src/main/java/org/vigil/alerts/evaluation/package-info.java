/**
 * Scoring alerts and linkage against a synthetic town's ground truth. {@link org.vigil.alerts.evaluation.TownEvaluation}
 * generates a town ({@link org.vigil.alerts.evaluation.TownSource}), assigns mentions to persons with a
 * {@link org.vigil.alerts.evaluation.Linkage} (the truth, a degraded truth, or a real linker), feeds the engine and
 * reports {@link org.vigil.alerts.evaluation.AlertScore} (offender recall, precision per flagged person and per
 * alert, false alarms on benign adults, concerns before the first alert) and
 * {@link org.vigil.alerts.evaluation.LinkageScore} (pairwise precision, recall and F1);
 * {@link org.vigil.alerts.evaluation.SafeguardingPairs} adds offenders' pairs found and children merged with benign
 * adults or parents.
 *
 * <p>{@link org.vigil.alerts.evaluation.TownEvaluation} reads the town with
 * {@link org.vigil.alerts.evaluation.InterchangeReader}, a stand-in for the core's parser (this module does not depend
 * on the core), whose place keys are simpler than the core's: it scores the rules over a given linkage. What Vigil
 * itself does, records parsed and stored by the core, linked and fed to the engine by vigil-watch, is scored by
 * {@code vigil evaluate} and {@code vigil demo} (vigil-cli) and by vigil-bench's {@code TownQuality}.
 *
 * <p>Glossary: <b>flagged</b>, listed as {@code suspect} in an alert; <b>benign adult</b>, an adult who works with
 * many children for good reasons (a foster carer, a school-transport driver, a coach…) and must never be flagged.
 */
package org.vigil.alerts.evaluation;
