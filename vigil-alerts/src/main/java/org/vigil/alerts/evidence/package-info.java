/**
 * What one record says, before any pattern: whether a concern is exploitation evidence
 * ({@link org.vigil.alerts.evidence.Exploitation}, from {@link org.vigil.alerts.evidence.Indicators} and
 * {@link org.vigil.alerts.evidence.ExploitationOffences}), how soon it must be decided
 * ({@link org.vigil.alerts.evidence.ServiceLevel}), a mention's age ({@link org.vigil.alerts.evidence.AgeAt}), and
 * registrations that may be partial ({@link org.vigil.alerts.evidence.Vrm}).
 *
 * <p>Glossary: <b>specific indicator</b>, one of the grooming and exploitation markers; <b>general indicator</b>, a
 * risk that ordinary safeguarding also shows; <b>VRM</b>, vehicle registration mark; <b>HO code</b>, Home Office
 * offence classification code.
 */
package org.vigil.alerts.evidence;
