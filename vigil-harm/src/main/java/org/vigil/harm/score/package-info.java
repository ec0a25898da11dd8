/**
 * The harm of one concern, for ranking, and the volume-target count it is set against.
 *
 * <p>{@link org.vigil.harm.score.HarmScorer} computes
 * {@code score = Σ offence weights (CCHI days) × grading confidence × vulnerability}. Every factor is a
 * documented constant (see {@code docs/decisions/harm-weights-and-report.md}) and every score carries
 * the reasons that produced it. {@link org.vigil.harm.score.VolumeTargetScorer} counts what a
 * volume-target regime would have counted (vehicle crime, burglary, robbery) so the two rankings can be
 * shown side by side.
 *
 * <p>Inputs are plain values: offence codes, a grading, the child's age and two flags. By design there is
 * no input for a name, ethnicity, religion or nationality; none may be added.
 *
 * <p>Glossary: <b>3x5x2</b>, the intelligence grading of the College of Policing APP (source 1–3,
 * intelligence A–E, handling P or C); <b>5x5x5</b>, the legacy National Intelligence Model grading
 * (source A–E, intelligence 1–5, handling 1–5).
 */
package org.vigil.harm.score;
