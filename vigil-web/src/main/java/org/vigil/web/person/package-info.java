/**
 * Persons: the resolved people behind mentions (spec §2.1). {@link org.vigil.web.person.PersonDirectory} is the
 * seam where linkage plugs in; until it does, {@link org.vigil.web.person.MentionPerPerson} makes each mention its
 * own person, numbered as {@code vigil export persons} numbers them. Also the network graph around a person.
 *
 * <p>Glossary: a <em>mention</em> is one subject of one concern, keyed {@code <concern id>/<ref>}; a
 * <em>match explanation</em> says why linkage put two mentions in one person (match weight and its parts).
 */
package org.vigil.web.person;
