package org.vigil.alerts.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Assigns every mention of a town's records to a person: what linkage does. The engine is evaluated with whatever
 * assignment it is given, so the same harness scores the truth, a degraded truth, and a real linker. A real linker
 * must read only {@code records}; {@code truth} is there for the oracles below.
 */
@FunctionalInterface
public interface Linkage {

    /** Mention key to person id, for every mention in {@code records}. */
    Map<String, String> assign(Path records, Truth truth) throws IOException;

    /** The truth itself: perfect linkage, to see what the patterns can do at best. */
    static Linkage truthOracle() {
        return (records, truth) -> truth.personOf();
    }

    /**
     * The truth, except that every mention whose name was written in one of {@code forms} is left on its own, as a
     * linker that cannot place it would: {@code unlinking(Set.of("nickname"))} leaves "Ash" unlinked.
     */
    static Linkage unlinking(Set<String> forms) {
        return (records, truth) -> {
            Map<String, String> out = new LinkedHashMap<>();
            truth.personOf().forEach((mention, person) ->
                    out.put(mention, forms.contains(truth.form(mention)) ? "U-" + mention : person));
            return out;
        };
    }

    /** Nickname-only mentions unlinked: the degraded assignment of the evaluation. */
    static Linkage degraded() {
        return unlinking(Set.of("nickname"));
    }
}
