/**
 * Harm set beside volume: what share of recorded crime each category or area is, and what share of
 * the harm.
 *
 * <p>Volume targets count records; a burglary and a theft from a car each count one. Harm weighs each
 * crime by its CCHI days. {@link org.vigil.harm.report.HarmVolumeReport} puts the two side by side,
 * {@link org.vigil.harm.report.HarmVolumeTable} prints it and
 * {@link org.vigil.harm.report.HarmVolumeChart} draws it; {@link org.vigil.harm.report.HarmReport} is
 * the one call the command line makes.
 *
 * <p>Accounting rules, all stated in every printed report: anti-social behaviour is not a notifiable
 * crime and is left out of both totals; Drugs and Shoplifting count in volume but, by the CHI rule on
 * proactively detected offences, not in harm unless {@link org.vigil.harm.report.ProactiveOffences#WEIGHTED}
 * is asked for; each crime is weighted with its own force's category weights where the tables have
 * them, else the national ones.
 */
package org.vigil.harm.report;
