/**
 * People: the mentions of every concern linked, as they arrive, into resolved persons (spec §2.1).
 *
 * <p>Glossary:
 * <dl>
 *   <dt>mention</dt><dd>one subject of one concern, keyed {@code "<concern id>/<ref>"}.</dd>
 *   <dt>person</dt><dd>the mentions judged to be one human being, with a stable id {@code P-000412}: the id of a
 *   person is the id given to the first mention of its cluster, and survives later merges.</dd>
 *   <dt>merge</dt><dd>a new mention that joins two persons; the younger person's id is retired into the older's,
 *   and the merge is stored and logged.</dd>
 * </dl>
 * Names link records; they never raise a score anywhere in Vigil.
 */
package org.vigil.people;
