package org.vigil.alerts.observation;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One subject of one concern (interchange §2: a mention) as the engine sees it: already linked to a person, and with
 * no name. Names link records in the core; they are never given to the engine, so they can never raise a score.
 *
 * @param key the mention key {@code "<concern id>/<ref>"}
 * @param person the resolved person id, from linkage
 * @param role {@code victim}, {@code suspect}, {@code associate}, {@code witness}, {@code reporter} or {@code other}
 * @param age the stated or estimated age at the concern, if given
 * @param born a partial date of birth ({@code 1987}, {@code 1987-05} or {@code 1987-05-02}), or null
 * @param sex {@code F}, {@code M}, {@code X} or null; kept for the record, used by no pattern
 * @param phones phone numbers, normalised by the caller to digits with a leading 0
 * @param vrms registrations as written; {@code ?} marks an unseen character
 * @param places place keys, each one of the concern's {@link PlaceObserved#key()}s
 */
public record MentionObserved(String key, String person, String role, OptionalInt age, String born, String sex,
        List<String> phones, List<String> vrms, List<String> places) {

    /** The subject roles of interchange §1.1. */
    public static final Set<String> ROLES = Set.of("victim", "suspect", "associate", "witness", "reporter", "other");
    private static final Pattern BORN = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public MentionObserved {
        Objects.requireNonNull(key, "key");
        if (key.indexOf('/') <= 0 || key.endsWith("/")) {
            throw new IllegalArgumentException("not a mention key \"<concern>/<ref>\": '" + key + "'");
        }
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("mention " + key + " has no resolved person");
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("mention " + key + " has role '" + role + "'; expected one of " + ROLES);
        }
        Objects.requireNonNull(age, "age");
        if (age.isPresent() && (age.getAsInt() < 0 || age.getAsInt() > 120)) {
            throw new IllegalArgumentException("mention " + key + " has age out of range: " + age.getAsInt());
        }
        if (born != null && !BORN.matcher(born).matches()) {
            throw new IllegalArgumentException("mention " + key + " has born '" + born + "'; expected 1987, 1987-05 or 1987-05-02");
        }
        phones = List.copyOf(phones);
        vrms = List.copyOf(vrms);
        places = List.copyOf(places);
    }

    /** A mention with nothing but its key, person and role; add the rest with the {@code with…} methods. */
    public static MentionObserved of(String key, String person, String role) {
        return new MentionObserved(key, person, role, OptionalInt.empty(), null, null, List.of(), List.of(), List.of());
    }

    public MentionObserved withAge(int years) {
        return new MentionObserved(key, person, role, OptionalInt.of(years), born, sex, phones, vrms, places);
    }

    public MentionObserved withBorn(String partialDate) {
        return new MentionObserved(key, person, role, age, partialDate, sex, phones, vrms, places);
    }

    public MentionObserved withSex(String value) {
        return new MentionObserved(key, person, role, age, born, value, phones, vrms, places);
    }

    public MentionObserved withPhones(String... numbers) {
        return new MentionObserved(key, person, role, age, born, sex, List.of(numbers), vrms, places);
    }

    public MentionObserved withVrms(String... registrations) {
        return new MentionObserved(key, person, role, age, born, sex, phones, List.of(registrations), places);
    }

    public MentionObserved withPlaces(String... placeKeys) {
        return new MentionObserved(key, person, role, age, born, sex, phones, vrms, List.of(placeKeys));
    }

    /** The same mention linked to another person: what a different linkage would have said. */
    public MentionObserved withPerson(String other) {
        return new MentionObserved(key, other, role, age, born, sex, phones, vrms, places);
    }

    /**
     * The {@code ref} part of the key of a mention of concern {@code concernId}: what follows that id and its slash.
     * Both an id ({@code CSC/2004/0327}) and a ref may contain slashes, so the key is never split at a slash alone.
     */
    public String ref(String concernId) {
        if (!key.startsWith(concernId) || key.length() <= concernId.length() + 1 || key.charAt(concernId.length()) != '/') {
            throw new IllegalArgumentException("mention " + key + " is not of concern " + concernId);
        }
        return key.substring(concernId.length() + 1);
    }
}
