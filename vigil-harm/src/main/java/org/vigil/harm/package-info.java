/**
 * Crime harm: weights per offence with their sources, and harm set beside volume.
 *
 * <p>Vigil ranks work by harm, not by how many records there are. The unit throughout is the
 * Cambridge Crime Harm Index (CHI/CCHI) day: the days of imprisonment a first-time offender would
 * receive for the least serious form of an offence under the sentencing guideline (Sherman, Neyroud
 * &amp; Neyroud 2016, <i>Policing</i> 10(3):171–183). Harm of a set of crimes is the sum of their weights.
 *
 * <p>Packages, in pipeline order:
 * <ul>
 *   <li>{@code weights}: the weight tables, by Home Office offence code and by police.uk category,
 *       each weight carrying its source text and whether it is only a placeholder;</li>
 *   <li>{@code policeuk}: reads data.police.uk street-level files, counting malformed rows;</li>
 *   <li>{@code report}: harm versus volume by crime category or area, as a table and a chart;</li>
 *   <li>{@code score}: the harm of one concern (offences × grading confidence × vulnerability), and the
 *       volume-target count it is compared with.</li>
 * </ul>
 *
 * <p>Glossary: <b>HO code</b>, Home Office offence classification code (e.g. {@code 22B});
 * <b>subgroup</b>, the ONS/Home Office offence subgroup a code is published under;
 * <b>SUBGROUP FALLBACK</b>, a code weighted by its subgroup's median because its own CCHI row was not
 * available, a placeholder; <b>LSOA</b>, 2011 Lower Layer Super Output Area.
 */
package org.vigil.harm;
