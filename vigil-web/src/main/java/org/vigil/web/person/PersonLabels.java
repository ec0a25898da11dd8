package org.vigil.web.person;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.vigil.web.auth.Account;

/**
 * How a page names a person to a viewer: a name written for them in a concern the viewer may read, with their id
 * ({@code "Ashraf Khan (P-000412)"}), or the id alone. A name is what the person's page would show the same viewer,
 * so a list that shows it discloses nothing that page does not.
 */
@FunctionalInterface
public interface PersonLabels {
    String of(Account viewer, String personId);

    /** The labels of the persons a page shows, by person id, each labelled once. */
    default Map<String, String> ofAll(Account viewer, Stream<String> personIds) {
        Map<String, String> out = new HashMap<>();
        personIds.forEach(p -> out.computeIfAbsent(p, x -> of(viewer, x)));
        return out;
    }
}
