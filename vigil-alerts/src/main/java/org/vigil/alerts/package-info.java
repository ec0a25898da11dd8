/**
 * Vigil's pattern engine: alerts raised as records arrive, in event time, each with plain-language reasons, the
 * mentions it rests on and a harm figure, and updated rather than raised again when new evidence arrives.
 *
 * <p>The public surface, in pipeline order: feed {@link org.vigil.alerts.observation observations} to an
 * {@link org.vigil.alerts.AlertEngine}; read {@link org.vigil.alerts.AlertChange}s and
 * {@link org.vigil.alerts.Alert}s (written as interchange §2.2 JSON by {@link org.vigil.alerts.Alert#toJson()});
 * rank the work with {@link org.vigil.alerts.priority.Priorities} (§2.3); score it all against a synthetic town's
 * truth with {@link org.vigil.alerts.evaluation.TownEvaluation}.
 *
 * <p>Packages by capability: {@code observation} (the seam with the core), {@code evidence} (what one record says),
 * {@code state} (the in-memory casebook), {@code pattern} (the rules), {@code harm} (vigil-harm applied to a
 * concern), {@code priority} (the ranked work lists), {@code evaluation} (recall, precision, false alarms and
 * linkage quality against ground truth).
 *
 * <p>The engine is pure: no storage, no linkage, no clock but event time, no names. Rankings and alerts advise;
 * people decide.
 */
package org.vigil.alerts;
