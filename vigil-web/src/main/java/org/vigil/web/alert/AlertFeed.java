package org.vigil.web.alert;

import java.util.List;
import java.util.Optional;

/**
 * Where alerts come from: the seam for the alerts engine. Implemented by {@link JsonlAlertFeed} (a file the engine or
 * {@code vigil replay --alerts} wrote) and {@link ListAlertFeed} (given in memory); the engine itself can implement it
 * directly. Must be safe to call from many threads.
 */
public interface AlertFeed {
    /** Every alert raised so far, in the order raised. */
    List<Alert> alerts();

    /** One alert by id. */
    default Optional<Alert> alert(String id) {
        return alerts().stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
