package org.vigil.web.alert;

import java.nio.file.Path;
import java.util.List;
import org.vigil.web.JsonLinesFile;

/**
 * Alerts from a JSON Lines file (spec §2.2), read again whenever the file changes, so an engine writing to it is seen
 * without a restart. A missing file means no alerts yet; a bad line is an error naming its line number.
 */
public final class JsonlAlertFeed implements AlertFeed {
    private final JsonLinesFile<Alert> file;

    public JsonlAlertFeed(Path file) {
        this.file = new JsonLinesFile<>(file, "alerts", Alert::fromJson);
    }

    @Override
    public List<Alert> alerts() {
        return file.values();
    }
}
