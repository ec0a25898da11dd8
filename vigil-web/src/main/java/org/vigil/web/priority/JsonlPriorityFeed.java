package org.vigil.web.priority;

import java.nio.file.Path;
import java.util.List;
import org.vigil.web.JsonLinesFile;

/** The work list from a JSON Lines file (spec §2.3), read again when the file changes; no file means no list yet. */
public final class JsonlPriorityFeed implements PriorityFeed {
    private final JsonLinesFile<Priority> file;

    public JsonlPriorityFeed(Path file) {
        this.file = new JsonLinesFile<>(file, "priorities", Priority::fromJson);
    }

    @Override
    public List<Priority> priorities() {
        return file.values();
    }
}
