package org.vigil.concern;

import java.util.List;

/**
 * One person named in a concern: a mention. Every field but {@code ref} and {@code role} may be absent (null or
 * empty), and names are as written: a full name, a first name, a nickname or a misspelling.
 */
public record Subject(String ref, String role, String name, List<String> aliases, PartialDate born, Integer age,
                      String sex, String address, List<String> phones, List<Vehicle> vehicles, List<String> places) {
    public Subject {
        aliases = List.copyOf(aliases);
        phones = List.copyOf(phones);
        vehicles = List.copyOf(vehicles);
        places = List.copyOf(places);
    }

    /** The mention key of spec §2: {@code "<concern id>/<ref>"}. */
    public String mentionKey(String concernId) {
        return concernId + "/" + ref;
    }
}
