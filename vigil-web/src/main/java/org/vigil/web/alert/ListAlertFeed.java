package org.vigil.web.alert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Alerts given in memory; more can be added while the app runs. */
public final class ListAlertFeed implements AlertFeed {
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();

    public ListAlertFeed(List<Alert> alerts) {
        this.alerts.addAll(alerts);
    }

    public void add(Alert alert) {
        alerts.add(alert);
    }

    /** Puts {@code alert} in the place of the alert with its id (as updated), or adds it. */
    public synchronized void put(Alert alert) {
        for (int i = 0; i < alerts.size(); i++) {
            if (alerts.get(i).id().equals(alert.id())) {
                alerts.set(i, alert);
                return;
            }
        }
        alerts.add(alert);
    }

    @Override
    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }
}
