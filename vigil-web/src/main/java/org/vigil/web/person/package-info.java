/**
 * Persons: the resolved people behind mentions (spec §2.1). {@link org.vigil.web.person.PersonDirectory} is the
 * seam where linkage plugs in: {@link org.vigil.web.person.LinkedPersons} is the core's person linkage (the same
 * persons {@code vigil ingest} stores), {@link org.vigil.web.person.MentionPerPerson} makes each mention its own
 * person. Also each person's file (evidence, timeline, explanations) and the network graph around them.
 *
 * <p>Glossary: a <em>mention</em> is one subject of one concern, keyed {@code <concern id>/<ref>}; a
 * <em>match explanation</em> says why linkage put two mentions in one person: the match weight (log₂ Bayes factor)
 * of the best pair and each comparison's part of it.
 */
package org.vigil.web.person;
