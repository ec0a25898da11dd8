/**
 * What one record says, before any pattern: whether a concern is exploitation evidence
 * ({@link org.vigil.alerts.evidence.Exploitation}, from {@link org.vigil.alerts.evidence.Indicators} and
 * {@link org.vigil.alerts.evidence.ExploitationOffences}), how soon it must be decided
 * ({@link org.vigil.alerts.evidence.ServiceLevel}), a mention's age ({@link org.vigil.alerts.evidence.AgeAt}),
 * registrations that may be partial ({@link org.vigil.alerts.evidence.Vrm}), and whether a report comes from the
 * designated officer ({@link org.vigil.alerts.evidence.DesignatedOfficer}).
 *
 * <p>Glossary: <b>specific indicator</b>, one of the grooming and exploitation markers; <b>general indicator</b>, a
 * risk that ordinary safeguarding also shows; <b>VRM</b>, vehicle registration mark; <b>HO code</b>, Home Office
 * offence classification code; <b>LADO</b>, the local authority designated officer, who manages allegations against
 * adults who work with children.
 */
package org.vigil.alerts.evidence;
