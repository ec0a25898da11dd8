/**
 * Values that parse and print themselves: the normal forms that records are compared in.
 *
 * <p>Each type accepts text as written in a report or a CSV cell and produces one canonical form, so
 * that comparisons never re-parse. Glossary:
 * <ul>
 *   <li><b>partial date</b> — a date of birth known to the year, the month or the day
 *       ({@code 1987}, {@code 1987-05}, {@code 1987-05-02}); see {@link org.vigil.linkage.value.PartialDate}.
 *   <li><b>VRM</b> — vehicle registration mark; {@code ?} stands for one unknown character
 *       ({@code R7?2 KLT}); see {@link org.vigil.linkage.value.Vrm}.
 *   <li><b>outward code / sector</b> — the parts of a UK postcode before the space ({@code S61}) and
 *       that plus the first character after it ({@code S61 1}); see {@link org.vigil.linkage.value.Postcode}.
 *   <li><b>diminutive</b> — a short or pet form of a given name ({@code Bill} for {@code William});
 *       see {@link org.vigil.linkage.value.Nicknames}.
 * </ul>
 */
package org.vigil.linkage.value;
