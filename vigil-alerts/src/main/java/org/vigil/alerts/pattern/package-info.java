/**
 * The patterns, each a pure function of the {@link org.vigil.alerts.state.Casebook} and one subject that returns a
 * {@link org.vigil.alerts.pattern.Finding} when the pattern holds: {@link org.vigil.alerts.pattern.RepeatSuspect},
 * {@link org.vigil.alerts.pattern.Network}, {@link org.vigil.alerts.pattern.Dismissed},
 * {@link org.vigil.alerts.pattern.MissingPattern}, {@link org.vigil.alerts.pattern.Recurrence} (vehicles and
 * places) and {@link org.vigil.alerts.pattern.Overdue}. Their rules and the reasons for them are in
 * {@code docs/decisions/alerts-patterns.md}.
 *
 * <p>Every pattern counts only what points to exploitation: suspect mentions in concerns that are exploitation
 * evidence. None counts heads alone, none reads a name.
 */
package org.vigil.alerts.pattern;
