/**
 * The records agencies send Vigil, as the interchange format (spec §1) defines them, and their validation.
 *
 * <p>Glossary:
 * <dl>
 *   <dt>concern</dt><dd>any report of concern or piece of intelligence, from any agency.</dd>
 *   <dt>decision</dt><dd>what a professional decided about a concern, with a reason.</dd>
 *   <dt>mention</dt><dd>one subject of one concern, keyed {@code "<concern id>/<ref>"}.</dd>
 *   <dt>submission</dt><dd>one accepted input line: the parsed record and the exact bytes received.</dd>
 * </dl>
 *
 * <p>{@link org.vigil.concern.RecordParser} turns one line into a {@link org.vigil.concern.Submission} or throws
 * {@link org.vigil.concern.InvalidRecordException} with a plain-language reason. Unknown fields are kept, because the
 * exact bytes are kept.
 */
package org.vigil.concern;
