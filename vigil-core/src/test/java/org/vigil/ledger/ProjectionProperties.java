package org.vigil.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import org.vigil.store.Projection;
import org.vigil.store.SqliteConcernStore;
import org.vigil.testing.Workspace;

/**
 * Whatever text a concern carries, the query tables read back exactly as it projects them, so {@code verify} finds
 * nothing; and whichever cell of them is then edited, {@code verify} names that record and that table, and nothing else.
 */
class ProjectionProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Path dir;

    /**
     * Text of any script, with quotes, backslashes, combining marks, characters beyond the BMP and NUL (which free text
     * reads as U+FFFD).
     */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u0020', '\u007e').withCharRange('\u00a0', '\u024f')
                .withCharRange('\u0300', '\u036f').withCharRange('\u0600', '\u06ff').withCharRange('\u4e00', '\u4e2f')
                .withChars('"', '\\', '\u200f', '\u00e9', '\u0000').ofMinLength(0).ofMaxLength(12)
                .map(s -> "a" + s + "\uD83D\uDE97".repeat(s.length() % 2));
    }

    @Property(tries = 30)
    void theTablesReadBackAsProjectedAndAnEditedCellIsNamed(@ForAll("texts") String name, @ForAll("texts") String agency,
            @ForAll("texts") String place, @ForAll("texts") String phone, @ForAll @IntRange(min = 0, max = 3) int table,
            @ForAll @IntRange(min = 1, max = 12) int column) throws Exception {
        dir = Files.createTempDirectory("vigil-projection");
        String id = Integer.toHexString(name.hashCode());
        ObjectNode concern = JSON.createObjectNode().put("type", "concern").put("id", "C-" + id)
                .put("received", "2004-02-02T11:00:00Z").put("agency", agency);
        concern.putObject("author").put("id", "a-" + agency.replace("\0", "")).put("name", name);
        ArrayNode subjects = concern.putArray("subjects");
        ObjectNode s = subjects.addObject().put("ref", "s1").put("role", "suspect").put("name", name).put("age", 30);
        s.putArray("aliases").add(place);
        s.putArray("phones").add("07700 900" + (phone.length() % 10) + "01 " + phone);
        s.putArray("places").add("p1");
        concern.putArray("places").addObject().put("ref", "p1").put("kind", "takeaway").put("name", place);
        ObjectNode decision = JSON.createObjectNode().put("type", "decision").put("id", "D-" + id)
                .put("concern", "C-" + id).put("at", "2004-02-03T09:00:00Z").put("outcome", "no_further_action")
                .put("reason", agency);
        decision.putObject("by").put("id", "b-" + place.replace("\0", "")).put("name", phone); // ids refuse a NUL
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, JSON.writeValueAsString(concern) + "\n" + JSON.writeValueAsString(decision) + "\n");
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            assertThat(w.ingest().ingest(input).accepted()).as(Files.readString(input)).isEqualTo(2);
            assertThat(w.audit().run().problems()).isEmpty();
        }

        Projection.Table t = Projection.Table.values()[table];
        int col = Math.min(column, t.width() - 1);
        long leaf = t == Projection.Table.DECISION ? 1 : 0;
        String columnName = t.columnNames().get(col);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                + dir.resolve("data").resolve(SqliteConcernStore.FILE_NAME));
             PreparedStatement edit = c.prepareStatement("UPDATE " + t.sqlName() + " SET " + columnName + " = CASE"
                     + " WHEN " + columnName + " IS NULL THEN 'x' WHEN typeof(" + columnName + ") = 'integer' THEN "
                     + columnName + " + 1 ELSE " + columnName + " || 'x' END WHERE leaf = ?")) {
            edit.setLong(1, leaf);
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }
        try (SqliteConcernStore store = SqliteConcernStore.open(dir.resolve("data"))) {
            List<String> problems = new LogAudit(store, org.vigil.log.NoteVerifier.fromVkey(Workspace.SIGNER.vkey()),
                    Workspace.SIGNER.name()).run().problems();
            String record = t == Projection.Table.DECISION ? "decision D-" + id : "concern C-" + id;
            String what = switch (t) {
                case CONCERN, DECISION -> "its row in the store's " + t.sqlName() + " table is not the record as received";
                case MENTION -> "its mentions in the store are not those of the record as received";
                case PLACE -> "its places in the store are not those of the record as received";
            };
            assertThat(problems).as(columnName).hasSize(1);
            assertThat(problems.get(0)).startsWith(record + " (log entry " + leaf + "): " + what);
        }
    }

    @AfterTry
    void cleanUp() throws Exception {
        if (dir != null) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
