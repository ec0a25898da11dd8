/**
 * The alert queue. Alerts (spec §2.2) come through {@link org.vigil.web.alert.AlertFeed}, the seam where the alerts
 * engine plugs in ({@code vigil serve} gives the engine's own, in memory); they can also be read from a JSON Lines
 * file or given as a list. Every alert is decided by
 * a named supervisor with a recorded reason, and the decision is logged (DPA 2018 ss.49-50: no significant decision
 * by automated processing alone); an alert updated on new evidence after its decision is decided again. An alert
 * left undecided, or undecided again, is escalated, level by level, and each escalation is logged.
 */
package org.vigil.web.alert;
