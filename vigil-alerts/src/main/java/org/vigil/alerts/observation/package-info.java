/**
 * What the engine is fed, in event time: {@link org.vigil.alerts.observation.ConcernObserved} (a concern whose
 * mentions carry resolved person ids), {@link org.vigil.alerts.observation.DecisionObserved} and
 * {@link org.vigil.alerts.observation.PersonsMerged}. These are the seam between the core, which parses, stores and
 * links records, and the pattern engine, which does neither. No observation carries a name, an ethnicity, a religion
 * or a nationality.
 *
 * <p>Glossary: <b>mention</b>, one subject of one concern, keyed {@code "<concern id>/<ref>"} (interchange §2);
 * <b>event time</b>, a concern's {@code received} or a decision's {@code at}, never the wall clock.
 */
package org.vigil.alerts.observation;
