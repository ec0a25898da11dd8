package org.vigil.web.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlPriorityFeedTest {
    @TempDir
    Path dir;

    @Test
    void readsTheWorkListAgainOnlyWhenTheFileChanges() throws Exception {
        Path file = dir.resolve("priorities.jsonl");
        JsonlPriorityFeed feed = new JsonlPriorityFeed(file);
        assertThat(feed.priorities()).as("no file yet").isEmpty();

        Files.writeString(file, "{\"rank\": 1, \"person\": \"P-000412\", \"harm\": 1840.5, \"mentions\": [\"YP-1/s2\","
                + " \"PC-2/s1\"], \"reasons\": [\"three grave reports\"]}\n\n");
        assertThat(feed.priorities()).singleElement().satisfies(p -> {
            assertThat(p.rank()).isEqualTo(1);
            assertThat(p.person()).isEqualTo("P-000412");
            assertThat(p.volume()).isEqualTo(2);
            assertThat(p.harm()).isEqualTo(1840.5);
        });
        assertThat(feed.priorities()).as("kept until the file changes").isSameAs(feed.priorities());

        Files.writeString(file, "{\"rank\": 1, \"person\": \"P-000412\"}\n{\"rank\": 2}\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThatThrownBy(feed::priorities).hasMessageContaining("line 2").hasMessageContaining("\"person\"");
    }
}
