package org.vigil.people;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.concern.Concern;
import org.vigil.concern.Place;
import org.vigil.concern.Subject;
import org.vigil.concern.Vehicle;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.value.PersonName;

/** A mention as the linkage engine sees it: names, birth or age at the report's date, sex, address and context. */
final class MentionRecords {
    private MentionRecords() {
    }

    /**
     * Roles in which a subject is usually named at work: the teacher, youth worker or driver who reported or saw what
     * the concern records. Such a mention carries the reporting agency as its occupation (see {@link #of}).
     */
    static final Set<String> REPORTING_ROLES = Set.of("reporter", "witness");
    static final Set<String> SUSPECTED_ROLES = Set.of("suspect", "associate");

    static PersonRecord of(Concern concern, Subject s) {
        return of(concern, s, List.of());
    }

    /** Whether the subject's name gives both a given name and a surname. */
    static boolean namedInFull(Subject s) {
        return fullName(s) != null;
    }

    /** The subject's name when it gives both a given name and a surname, else null. */
    private static PersonName fullName(Subject s) {
        PersonName n = s.name() == null ? null : PersonName.parse(s.name());
        return n != null && n.given() != null && n.surname() != null ? n : null;
    }

    /**
     * Whether the subject's name gives a given name of more than one letter and a surname: "Ricky Hussain", not
     * "R. Hussain", "Mr Hussain" or "Ricky". Within one agency a full name tells one member of staff from another;
     * a surname or an initial does not (a mother and daughter who both volunteer at one youth project, a father and
     * a grandfather who both report a missing child to the police), so only such mentions carry the agency.
     */
    static boolean namedInFullWords(Subject s) {
        PersonName n = fullName(s);
        return n != null && n.given().replace(".", "").strip().length() > 1;
    }

    /**
     * The mention with {@code companions}: the persons the other subjects of the same concern were linked to
     * (those linked before it). A subject named in full words as reporter or witness carries the concern's agency in
     * the occupation field: professionals are named in many reports of the agency they work for, and little else in those mentions
     * tells two of them apart or one of them together (no age, no address, different children each time).
     */
    static PersonRecord of(Concern concern, Subject s, List<String> companions) {
        LocalDate received = concern.received().atOffset(ZoneOffset.UTC).toLocalDate();
        PersonRecord.Builder b = PersonRecord.builder(s.mentionKey(concern.id())).referenceDate(received);
        if (s.name() != null && !s.name().isBlank()) {
            b.name(s.name());
        }
        s.aliases().forEach(b::alias);
        if (s.born() != null) {
            b.born(s.born().toString());
        }
        if (s.age() != null) {
            b.age(s.age(), received);
        } else if (s.born() == null && PersonName.hasAdultTitle(s.name())) {
            b.adult(); // "Mrs Hill" is not her daughter Amy, 4, of the same address
        }
        b.sex(s.sex());
        b.address(s.address());
        s.phones().forEach(b::phone);
        for (Vehicle v : s.vehicles()) {
            if (v.vrm() != null) {
                b.vrm(v.vrm());
            }
        }
        Map<String, Place> places = new HashMap<>();
        concern.places().forEach(p -> places.put(p.ref(), p));
        for (String ref : s.places()) {
            Place p = places.get(ref);
            String key = placeKey(p);
            if (key != null) {
                b.place(key);
            }
        }
        companions.forEach(b::companion);
        b.role(roleClass(s.role()));
        if (concern.agency() != null && REPORTING_ROLES.contains(s.role()) && namedInFullWords(s)) {
            b.occupation(concern.agency());
        }
        return b.build();
    }

    /**
     * What a subject's role says of the part the person plays, for linkage: "suspect or associate", "reporter or
     * witness" (as a waterfall shows them, in the spec's words), or null (victim, other: children, carers, parents and
     * offenders alike). Compared exactly, so only the grouping matters to a weight.
     */
    static String roleClass(String role) {
        return REPORTING_ROLES.contains(role) ? "reporter or witness"
                : SUSPECTED_ROLES.contains(role) ? "suspect or associate" : null;
    }

    /** A place as text the engine can match across reports: its name and address, or whichever is given. */
    static String placeKey(Place p) {
        if (p == null) {
            return null;
        }
        String name = p.name() == null ? "" : p.name().strip();
        String address = p.address() == null ? "" : p.address().strip();
        String key = (name + (name.isEmpty() || address.isEmpty() ? "" : ", ") + address).strip();
        return key.isEmpty() ? null : key;
    }
}
