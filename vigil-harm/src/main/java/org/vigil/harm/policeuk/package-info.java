/**
 * Reads data.police.uk street-level crime files ({@code YYYY-MM-<force>-street.csv}).
 *
 * <p>Each row is one crime or anti-social behaviour incident, with its month, the force, an anonymised
 * map point, the 2011 LSOA and one of the 14 police.uk categories. Reading tolerates what real files
 * contain (a byte-order mark, blank coordinates, rows without an LSOA) and counts every row it cannot
 * use as a {@link org.vigil.harm.policeuk.MalformedRow} with its file, line and reason, rather than
 * failing: one bad line must not hide 70,000 good ones, nor disappear unreported.
 *
 * <p>Glossary: <b>LSOA</b>, Lower Layer Super Output Area, about 1,500 residents; its name is the
 * local authority followed by a code ({@code Rotherham 012A}); <b>map point</b>, the anonymising snap
 * location police.uk publishes instead of the true one.
 */
package org.vigil.harm.policeuk;
