package org.vigil.concern;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Spec §2 keys a mention {@code "<concern id>/<ref>"}, and ids and refs may both hold slashes, so two subjects of
 * different concerns can be given one key: concern {@code "A"}'s subject {@code "B/c"} and concern {@code "A/B"}'s
 * subject {@code "c"} are both {@code "A/B/c"}. A key must name one mention (persons, alerts and exports list mentions
 * by it), so the later of the two is refused, with a reason, rather than stopping the whole ingest.
 *
 * <p>Such a clash needs a slash in a ref: if {@code "I/R"} equals {@code "J/S"} with {@code I} shorter than {@code J},
 * then {@code J} is {@code I/X} and {@code R} is {@code X/S}. So only a concern with a slash in its id or in a ref is
 * checked, against the concerns its key could also name: one lookup per slash.
 */
public final class MentionKeyClash {
    private MentionKeyClash() {
    }

    /**
     * Why {@code concern} cannot be taken in, if one of its mention keys is already another concern's: looked up by id
     * with {@code concernById}, which gives null for an id that is not a stored or accepted concern.
     */
    public static Optional<String> find(Concern concern, Function<String, Concern> lookUp) {
        String id = concern.id();
        // Each id looked up once, however many subjects ask: an id like "CSC/2004/0327" asks for two on every subject.
        Map<String, Optional<Concern>> seen = new HashMap<>();
        Function<String, Concern> concernById = other -> seen.computeIfAbsent(other,
                o -> Optional.ofNullable(lookUp.apply(o))).orElse(null);
        for (Subject s : concern.subjects()) {
            String ref = s.ref();
            for (int k = ref.indexOf('/'); k >= 0; k = ref.indexOf('/', k + 1)) {
                Optional<String> clash = clash(concern, s, id + "/" + ref.substring(0, k), ref.substring(k + 1),
                        concernById);
                if (clash.isPresent()) {
                    return clash;
                }
            }
            for (int k = id.indexOf('/'); k >= 0; k = id.indexOf('/', k + 1)) {
                Optional<String> clash = clash(concern, s, id.substring(0, k), id.substring(k + 1) + "/" + ref,
                        concernById);
                if (clash.isPresent()) {
                    return clash;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> clash(Concern concern, Subject subject, String otherId, String otherRef,
                                          Function<String, Concern> concernById) {
        if (otherId.equals(concern.id())) {
            return Optional.empty();
        }
        Concern other = concernById.apply(otherId);
        if (other == null || other.subjects().stream().noneMatch(o -> o.ref().equals(otherRef))) {
            return Optional.empty();
        }
        String key = subject.mentionKey(concern.id());
        return Optional.of("subject \"" + subject.ref() + "\" would be mention \"" + key + "\", which is already subject \""
                + otherRef + "\" of concern \"" + otherId + "\" (a mention is keyed concern id, slash, ref); give it a ref"
                + " that does not make another concern's key");
    }
}
