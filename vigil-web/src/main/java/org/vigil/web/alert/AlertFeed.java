package org.vigil.web.alert;

import java.util.List;
import java.util.Optional;

/**
 * Where alerts come from: the seam for the alerts engine, which {@code vigil serve} implements with the engine's own
 * alerts. Also implemented by {@link JsonlAlertFeed} (a file {@code vigil replay --alerts} wrote) and
 * {@link ListAlertFeed} (given in memory). Must be safe to call from many threads. A feed that gives the same list
 * object until its alerts change lets the app translate them to its own person ids once per change.
 */
public interface AlertFeed {
    /** Every alert raised so far, in the order raised. */
    List<Alert> alerts();

    /** One alert by id. */
    default Optional<Alert> alert(String id) {
        return alerts().stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
