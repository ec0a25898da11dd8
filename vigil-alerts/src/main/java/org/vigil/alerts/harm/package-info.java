/**
 * Harm, from vigil-harm only: the harm of one concern ({@link org.vigil.alerts.harm.ConcernHarm}) with the
 * vulnerability of the most vulnerable child it names ({@link org.vigil.alerts.harm.MostVulnerable}). Alerts and
 * priorities add these up over the reports they rest on. Harm is offence harm: a concern with no offence codes
 * scores 0, which must never be read as "no risk".
 *
 * <p>Glossary: <b>CCHI</b>, the Cambridge Crime Harm Index, in days of imprisonment; <b>volume target</b>, the
 * count of vehicle crime, burglary and robbery that performance regimes rewarded.
 */
package org.vigil.alerts.harm;
