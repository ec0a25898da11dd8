package org.vigil.web.cases;

import java.util.List;

/**
 * One subject of one concern (a mention, keyed {@code <concern id>/<ref>}), with the identifiers that can link it to
 * others: phones in national form, registrations normalised, places as {@code kind: name, address}.
 */
public record MentionCard(String key, String concernId, String ref, String role, String name, List<String> phones,
                          List<String> vrms, List<String> places) {
    public MentionCard {
        phones = List.copyOf(phones);
        vrms = List.copyOf(vrms);
        places = List.copyOf(places);
    }

    /** A name to show: the name as written, or the role when none was given. */
    public String label() {
        return name == null || name.isBlank() ? "(unnamed " + role + ")" : name;
    }
}
