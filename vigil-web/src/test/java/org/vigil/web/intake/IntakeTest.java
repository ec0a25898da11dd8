package org.vigil.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.concern.Submission;
import org.vigil.ingest.CommitListener;
import org.vigil.ledger.Entry;
import org.vigil.ledger.PersonChanges;
import org.vigil.store.AccessEvent;
import org.vigil.web.auth.Account;
import org.vigil.web.auth.Role;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.ledger.Vault;
import org.vigil.web.person.MatchExplanation;
import org.vigil.web.person.MentionPerPerson;
import org.vigil.web.person.PersonDirectory;
import org.vigil.web.search.SearchIndex;

class IntakeTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    /** Each mention its own person, but every batch also reports one merge, as linkage does when a mention joins two. */
    private static final class MergingPersons implements PersonDirectory {
        private final MentionPerPerson persons = new MentionPerPerson();

        @Override
        public Optional<String> personOf(String mentionKey) {
            return persons.personOf(mentionKey);
        }

        @Override
        public List<String> mentionsOf(String personId) {
            return persons.mentionsOf(personId);
        }

        @Override
        public List<MatchExplanation> explain(String personId) {
            return List.of();
        }

        @Override
        public PersonChanges link(List<Submission> batch) {
            persons.link(batch);
            return new PersonChanges(List.of(), List.of(new PersonChanges.Merge("P-000001", "P-000002",
                    batch.get(0).id(), Instant.parse("2024-05-01T10:00:00Z"))));
        }
    }

    @Test
    void findsEachSubmissionsAccessAtTheLeafTheLogHoldsItEvenWhenLinkageMerges(@TempDir Path data) {
        try (Vault vault = Vault.openSqlite(data, 1); SearchIndex search = new SearchIndex()) {
            Intake intake = new Intake(vault, new CaseIndex(), search, new MergingPersons(), (account, concern) -> true, CommitListener.NONE, 0, NOW);
            Account analyst = new Account("analyst", "Analyst", Role.ANALYST, null, Set.of(), false);
            String line = "{\"type\":\"concern\",\"id\":\"YP-2024-0100\",\"received\":\"2024-05-01T10:00:00Z\","
                    + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-07\"},\"subjects\":[{\"ref\":\"s1\","
                    + "\"role\":\"victim\",\"name\":\"Kay Test\"}]}";
            assertThat(intake.submit(analyst, List.of(line.getBytes(StandardCharsets.UTF_8))).get(0).status())
                    .isEqualTo("accepted");

            List<AccessEvent> submitted = vault.read(store -> store.accessesTo(List.of("YP-2024-0100")));
            assertThat(submitted).hasSize(1);
            Entry entry = Entry.parse(vault.read(store -> store.entry(submitted.get(0).leaf())).orElseThrow());
            assertThat(entry.kind()).isEqualTo(Entry.ACCESS);
            assertThat(entry.get("action")).isEqualTo("submit concern");
            assertThat(entry.get("target")).isEqualTo("YP-2024-0100");
        }
    }
    @Test
    void aBodyIsCutIntoLinesFromItsBytesSoALineThatIsNotUtf8IsRejectedAsSentNotRepaired(@TempDir Path data) {
        byte[] bad = ("{\"type\":\"concern\",\"id\":\"YP-2024-0101\",\"received\":\"2024-05-01T10:00:00Z\","
                + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-07\"},\"subjects\":[],\"narrative\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bad.length + 4 + 3];
        System.arraycopy(bad, 0, body, 0, bad.length);
        body[bad.length] = (byte) 0xff;
        body[bad.length + 1] = (byte) 0xfe;
        body[bad.length + 2] = '"';
        body[bad.length + 3] = '}';
        body[bad.length + 4] = '\n';
        body[bad.length + 5] = ' ';
        body[bad.length + 6] = '\n';
        List<byte[]> lines = IntakeRoutes.lines(body);
        assertThat(lines).singleElement().satisfies(l -> assertThat(l).isEqualTo(java.util.Arrays.copyOf(body, bad.length + 4)));

        try (Vault vault = Vault.openSqlite(data, 1); SearchIndex search = new SearchIndex()) {
            Intake intake = new Intake(vault, new CaseIndex(), search, new MergingPersons(), (account, concern) -> true, CommitListener.NONE, 0, NOW);
            Account analyst = new Account("analyst", "Analyst", Role.ANALYST, null, Set.of(), false);
            Intake.Outcome outcome = intake.submit(analyst, lines).get(0);
            assertThat(outcome.status()).isEqualTo("rejected");
            assertThat(outcome.reason()).contains("not valid UTF-8");
            Map<String, byte[]> stored = vault.read(store -> store.digestsOf(List.of("YP-2024-0101")));
            assertThat(stored).isEmpty();
        }
    }

    @Test
    void aPrettyPrintedRecordIsOneLineAndRecordsApartByABlankLineAreTwo() {
        String pretty = "{\n  \"type\": \"concern\",\n  \"id\": \"X-1\"\n}\n";
        assertThat(IntakeRoutes.lines(pretty.getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(l -> assertThat(new String(l, StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"concern\",\"id\":\"X-1\"}"));
        assertThat(IntakeRoutes.lines("{\"id\":\"a\"}\r\n\r\n\t\n{\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8)))
                .extracting(l -> new String(l, StandardCharsets.UTF_8)).containsExactly("{\"id\":\"a\"}\r", "{\"id\":\"b\"}");
    }

    @Test
    void aRecordDatedLaterThanNowIsRejectedSoItCannotMakeOtherAgenciesConcernsOverdue(@TempDir Path data) {
        try (Vault vault = Vault.openSqlite(data, 1); SearchIndex search = new SearchIndex()) {
            Intake intake = new Intake(vault, new CaseIndex(), search, new MergingPersons(), (account, concern) -> true, CommitListener.NONE, 0, NOW);
            Account analyst = new Account("analyst", "Analyst", Role.ANALYST, null, Set.of(), false);
            String ahead = concern("YP-2024-0102", "2030-01-01T10:00:00Z");
            String soon = concern("YP-2024-0103", "2024-06-01T13:30:00Z");
            List<Intake.Outcome> outcomes = intake.submit(analyst, List.of(ahead.getBytes(StandardCharsets.UTF_8),
                    soon.getBytes(StandardCharsets.UTF_8)));
            assertThat(outcomes.get(0).status()).isEqualTo("rejected");
            assertThat(outcomes.get(0).id()).isEqualTo("YP-2024-0102");
            assertThat(outcomes.get(0).reason()).contains("\"received\" is 2030-01-01T10:00:00Z", "later than now");
            assertThat(outcomes.get(1).status()).isEqualTo("accepted");

            String decision = "{\"type\":\"decision\",\"id\":\"D-1\",\"concern\":\"YP-2024-0103\","
                    + "\"at\":\"2024-07-01T09:00:00Z\",\"by\":{\"id\":\"sup-1\"},\"outcome\":\"referred\"}";
            Intake.Outcome d = intake.submit(analyst, List.of(decision.getBytes(StandardCharsets.UTF_8))).get(0);
            assertThat(d.status()).isEqualTo("rejected");
            assertThat(d.reason()).startsWith("\"at\" is 2024-07-01T09:00:00Z");
        }
    }

    /**
     * The same record sent again is a no-op (spec §1.1), as ingest takes it: with its keys in another order, later or
     * twice in one submission; with different content under the same id it is refused.
     */
    @Test
    void theSameRecordSentAgainIsStoredOnceWhateverTheOrderOfItsKeys(@TempDir Path data) {
        try (Vault vault = Vault.openSqlite(data, 1); SearchIndex search = new SearchIndex()) {
            Intake intake = new Intake(vault, new CaseIndex(), search, new MergingPersons(), (account, concern) -> true, CommitListener.NONE, 0, NOW);
            Account analyst = new Account("analyst", "Analyst", Role.ANALYST, null, Set.of(), false);
            String record = concern("YP-2024-0201", "2024-05-01T10:00:00Z");
            String reordered = "{\"id\":\"YP-2024-0201\"," + record.substring(1).replace("\"id\":\"YP-2024-0201\",", "");
            String changed = record.replace("Kay Test", "Kay Other");
            List<Intake.Outcome> first = intake.submit(analyst, List.of(bytes(record), bytes(reordered), bytes(changed)));
            assertThat(first).extracting(Intake.Outcome::status).containsExactly("accepted", "unchanged", "rejected");
            assertThat(first.get(1).leaf()).isEqualTo(first.get(0).leaf());
            assertThat(first.get(1).reason()).contains("sent twice in this submission with identical content (line 1)");
            assertThat(first.get(2).reason()).contains("appears twice in this submission, with different content");

            Intake.Outcome again = intake.submit(analyst, List.of(bytes(reordered))).get(0);
            assertThat(again.status()).isEqualTo("unchanged");
            assertThat(again.leaf()).isEqualTo(first.get(0).leaf());
            assertThat(intake.submit(analyst, List.of(bytes(changed))).get(0).status()).isEqualTo("rejected");
        }
    }

    private static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    private static String concern(String id, String received) {
        return "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"" + received + "\","
                + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-07\"},\"subjects\":[{\"ref\":\"s1\","
                + "\"role\":\"victim\",\"name\":\"Kay Test\"}]}";
    }
}
