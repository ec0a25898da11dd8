package org.vigil.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.CommitListener;
import org.vigil.store.AccessEvent;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.auth.Account;
import org.vigil.web.auth.Role;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.ConcernCard;
import org.vigil.web.ledger.Vault;
import org.vigil.web.person.MentionPerPerson;
import org.vigil.web.search.SearchIndex;

/** Corrections and decisions sent through intake name only concerns their sender may correct or decide on. */
class ConcernsNamedTest {
    static final Clock NOW = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final Account ANALYST = new Account("analyst", "Analyst", Role.ANALYST, null, Set.of(), false);
    static final Account POLICE = new Account("partner-police", "Officer", Role.SUBMITTER, "Police", Set.of(), false);
    /** A concern restricted to a team the analyst is not in. */
    static final String RESTRICTED = "YP-R";
    static final Account YOUTH = new Account("partner-yp", "Youth worker", Role.SUBMITTER, "Youth Project", Set.of(),
            false);

    @TempDir
    Path data;
    private Vault vault;
    private SearchIndex search;
    private Intake intake;

    @BeforeEach
    void open() {
        vault = Vault.openSqlite(data, 1);
        search = new SearchIndex();
        intake = new Intake(vault, new CaseIndex(), search, new MentionPerPerson(), ConcernsNamedTest::mayRead,
                CommitListener.NONE, 0, NOW);
        assertThat(send(YOUTH, concern("YP-1", "Youth Project", null, "Kay Marsh")).status()).isEqualTo("accepted");
    }

    @AfterEach
    void close() {
        search.close();
        vault.close();
    }

    @Test
    void aPartnerCannotCorrectAnotherAgencysConcernAndIsToldWhatToSendInstead() {
        Intake.Outcome o = send(POLICE, concern("PC-1", "Police", "YP-1", "Kayleigh Marsh"));
        assertThat(o.status()).isEqualTo("rejected");
        assertThat(o.reason()).contains("corrects \"YP-1\"", "Nothing was stored", "as a new concern, without \"amends\"");
        assertThat(stored("PC-1")).isFalse();
        List<AccessEvent> tried = vault.read(store -> store.accessesTo(List.of("YP-1")));
        assertThat(tried).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("partner-police");
            assertThat(a.action()).isEqualTo("submit refused");
        });
        // What the police know, sent as their own report, is taken.
        assertThat(send(POLICE, concern("PC-1", "Police", null, "Kayleigh Marsh")).status()).isEqualTo("accepted");
        assertThat(send(YOUTH, concern("YP-2", "Youth Project", "YP-1", "Kayleigh Marsh")).status()).isEqualTo("accepted");
    }

    @Test
    void anAnalystsCorrectionKeepsTheAgencyOfTheReportItCorrects() {
        Intake.Outcome other = send(ANALYST, concern("PC-2", "Police", "YP-1", "Kay Marsh"));
        assertThat(other.status()).isEqualTo("rejected");
        assertThat(other.reason()).contains("another agency's concern", "send it with that agency's name");
        assertThat(send(ANALYST, concern("YP-3", " youth project", "YP-1", "Kay Marsh")).status()).isEqualTo("accepted");
    }

    @Test
    void aCorrectionBeforeItsOriginalIsRefusedButBothInOneSubmissionAreTaken() {
        Intake.Outcome early = send(ANALYST, concern("YP-11", "Youth Project", "YP-10", "Kay Marsh"));
        assertThat(early.status()).isEqualTo("rejected");
        assertThat(early.reason()).contains("not a concern of Youth Project's that Vigil holds");
        List<Intake.Outcome> both = intake.submit(YOUTH, List.of(bytes(concern("YP-11", "Youth Project", "YP-10",
                "Kay Marsh")), bytes(concern("YP-10", "Youth Project", null, "Kay Marsh"))));
        assertThat(both).extracting(Intake.Outcome::status).containsExactly("accepted", "accepted");
    }

    /**
     * A partner's record under another agency's id is refused; a decision or correction sent with it, naming that id,
     * must not be taken as naming the partner's own concern of the same submission, which was never stored.
     */
    @Test
    void aDecisionOrCorrectionNamingAConcernRefusedInTheSameSubmissionIsRefusedToo() {
        List<Intake.Outcome> outcomes = intake.submit(POLICE, List.of(
                bytes(concern("YP-1", "Police", null, "Someone Else")),
                bytes(decision("D-1", "YP-1")),
                bytes(concern("PC-3", "Police", "YP-1", "Someone Else")),
                bytes(concern("PC-4", "Police", "PC-3", "Someone Else"))));
        assertThat(outcomes).extracting(Intake.Outcome::status).containsOnly("rejected");
        assertThat(outcomes.get(0).reason()).contains("already in use").doesNotContain("amendment");
                assertThat(stored("D-1") || stored("PC-3") || stored("PC-4")).isFalse();
        byte[] theirs = vault.read(store -> store.record("YP-1").orElseThrow().raw());
        assertThat(new String(theirs, StandardCharsets.UTF_8)).contains("Youth Project");
    }

    /** Spec §1.1: the same record sent again is a no-op, a correction too, when its sender may send it. */
    @Test
    void aCorrectionSentAgainIsUnchanged() {
        String correction = concern("YP-5", "Youth Project", "YP-1", "Kay Marsh");
        Intake.Outcome first = send(YOUTH, correction);
        Intake.Outcome again = send(YOUTH, correction);
        assertThat(again.status()).isEqualTo("unchanged");
        assertThat(again.leaf()).isEqualTo(first.leaf());
        assertThat(send(POLICE, correction).status()).isEqualTo("rejected");
    }

    @Test
    void nobodyDecidesOnOrCorrectsAConcernTheyMayNotReadWithoutOpeningItFirst() {
        assertThat(send(YOUTH, concern(RESTRICTED, "Youth Project", null, "Jodie Marsh")).status()).isEqualTo("accepted");
        Intake.Outcome decision = send(ANALYST, decision("D-R", RESTRICTED));
        Intake.Outcome correction = send(ANALYST, concern("YP-R2", "Youth Project", RESTRICTED, "Jodie Marsh"));
        assertThat(List.of(decision, correction)).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo("rejected");
            assertThat(o.reason()).contains("restricted to a team you are not in", "break glass");
        });
        assertThat(send(ANALYST, decision("D-1", "YP-1")).status()).isEqualTo("accepted");
        assertThat(send(ANALYST, decision("D-2", "NOT-YET-SENT")).status()).as("spec §1.2: any order").isEqualTo("accepted");
        assertThat(send(YOUTH, decision("D-R", RESTRICTED)).status()).isEqualTo("accepted");
    }

    /**
     * An attempt on a concern is logged under the id named, which must be one line: a correction naming "B\nC" is
     * refused as it is read, and the rest of its submission taken, where it failed the whole submission.
     */
    @Test
    void aCorrectionNamingAnIdThatCouldNotBeLoggedIsRefusedAloneAsItIsRead() {
        List<Intake.Outcome> outcomes = intake.submit(ANALYST, List.of(bytes(concern("YP-6", "Youth Project", null,
                "Kay Marsh")), bytes(concern("YP-7", "Youth Project", "YP-1\nC", "Kay Marsh"))));
        assertThat(outcomes).extracting(Intake.Outcome::status).containsExactly("accepted", "rejected");
        assertThat(outcomes.get(1).reason()).contains("\"amends\" holds a control character");
    }

    /** Need-to-know as the app has it, with {@link #RESTRICTED} restricted to a team no account here is in. */
    static boolean mayRead(Account account, ConcernCard concern) {
        return account.role() == Role.SUBMITTER ? NeedToKnow.sameAgency(account.agency(), concern.agency())
                : !concern.id().equals(RESTRICTED);
    }

    private boolean stored(String id) {
        return vault.read(store -> store.record(id)).isPresent();
    }

    private Intake.Outcome send(Account account, String line) {
        return intake.submit(account, List.of(bytes(line))).get(0);
    }

    static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    static String concern(String id, String agency, String amends, String name) {
        return "{\"type\":\"concern\",\"id\":" + json(id) + ",\"received\":\"2024-05-01T10:00:00Z\",\"agency\":"
                + json(agency) + ",\"author\":{\"id\":\"a-1\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\","
                + "\"name\":" + json(name) + "}]" + (amends == null ? "" : ",\"amends\":" + json(amends)) + "}";
    }

    static String decision(String id, String concern) {
        return "{\"type\":\"decision\",\"id\":" + json(id) + ",\"concern\":" + json(concern) + ",\"at\":"
                + "\"2024-05-02T10:00:00Z\",\"by\":{\"id\":\"a-1\"},\"outcome\":\"referred\"}";
    }

    static String json(String text) {
        try {
            return org.vigil.web.Web.JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
