package org.vigil.web.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.AccessEvent;
import org.vigil.web.StepClock;
import org.vigil.web.alert.AlertDesk.Item;
import org.vigil.web.db.WebDatabase;
import org.vigil.web.ledger.AccessLog;
import org.vigil.web.ledger.Vault;

class AlertDeskTest {
    @TempDir
    Path data;
    private Vault vault;
    private WebDatabase db;
    private AccessLog log;
    private final StepClock clock = new StepClock();

    @BeforeEach
    void open() throws Exception {
        vault = Vault.openSqlite(data, 1);
        db = WebDatabase.openSqlite(data.resolve("vigil.db"));
        log = new AccessLog(vault);
    }

    @AfterEach
    void close() {
        log.close();
        db.close();
        vault.close();
    }

    private static Alert alert(String id) {
        return new Alert(id, "repeat_suspect", Instant.parse("2004-02-02T11:00:00Z"), "PC-1",
                List.of(new Alert.AlertPerson("P-000001", "suspect", List.of("PC-1/s1"))), 100, List.of("because"));
    }

    /** {@code raised} as updated on new evidence: a further child. */
    private static Alert withANewChild(Alert raised) {
        return new Alert(raised.id(), raised.kind(), raised.raised(), raised.trigger(), raised.persons(), raised.harm(),
                raised.reasons(), List.of(new Alert.Update(Instant.parse("2004-06-01T10:00:00Z"),
                        List.of("new children (1): P-000009"), 180)));
    }

    /** A desk on {@code alerts}, escalating after 48 hours. */
    private AlertDesk desk(Alert... alerts) {
        return new AlertDesk(new ListAlertFeed(List.of(alerts)), db, log, clock, Duration.ofHours(48));
    }

    /** The logged accesses to {@code target}, as who-knew reads them from the store. */
    private List<AccessEvent> accessesTo(String target) {
        return vault.read(store -> store.accessesTo(List.of(target)));
    }

    @Test
    void aDecisionNeedsAReasonAndIsLogged() {
        AlertDesk desk = new AlertDesk(new ListAlertFeed(List.of(alert("A-1"))), db, log, clock, Duration.ofHours(48));
        assertThatThrownBy(() -> desk.decide("A-1", "refer", " ", "sup")).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> desk.decide("A-1", "ignore", "a reason", "sup")).hasMessageContaining("outcome");
        assertThatThrownBy(() -> desk.decide("A-1", null, "a perfectly good reason", "sup"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an outcome");
        assertThatThrownBy(() -> desk.decide("A-9", "refer", "a perfectly good reason", "sup"))
                .isInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("no alert A-9");
        AlertDecision d = desk.decide("A-1", "refer", "refer to the panel", "sup");
        assertThat(d.decidedBy()).isEqualTo("sup");
        assertThatThrownBy(() -> desk.decide("A-1", "monitor", "second thoughts", "sup"))
                .hasMessageContaining("already decided, refer by sup at").hasMessageContaining("log entry " + d.leaf());
        assertThat(accessesTo("A-1")).singleElement().satisfies(a -> {
            assertThat(a.leaf()).isEqualTo(d.leaf());
            assertThat(a.action()).isEqualTo("decide alert");
            assertThat(a.reason()).isEqualTo("refer: refer to the panel");
        });
    }

    @Test
    void supervisorsDecidingAtOnceLeaveOneDecisionAndOneLoggedReason() throws Exception {
        AlertDesk desk = new AlertDesk(new ListAlertFeed(List.of(alert("A-1"))), db, log, clock, Duration.ofHours(48));
        int supervisors = 6;
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(supervisors);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < supervisors; i++) {
            String who = "sup-" + i;
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    return desk.decide("A-1", "refer", "refer to the panel, says " + who, who).decidedBy();
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }));
        }
        go.countDown();
        List<String> said = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> f : outcomes) {
            said.add(f.get());
        }
        pool.shutdown();
        assertThat(said).filteredOn(s -> s.startsWith("sup-")).hasSize(1);
        assertThat(said).filteredOn(s -> s.contains("already decided")).hasSize(supervisors - 1);
        AlertDecision d = desk.decisionOf(alert("A-1")).orElseThrow();
        assertThat(accessesTo("A-1")).singleElement()
                .satisfies(a -> assertThat(a.leaf()).isEqualTo(d.leaf()));
    }

    /**
     * Rotherham's reports were each closed on their own. An alert decided "no further action" and then updated on new
     * evidence (a further child) comes back to the top of the queue to be decided again; the first decision stays, as
     * the log keeps it, and an alert not updated since its decision is not decided twice.
     */
    @Test
    void anAlertUpdatedOnNewEvidenceAfterItsDecisionIsDecidedAgainAndTheFirstDecisionStays() {
        Alert raised = alert("A-1");
        AlertDesk before = new AlertDesk(new ListAlertFeed(List.of(raised, alert("A-2"))), db, log, clock,
                Duration.ofHours(48));
        AlertDecision first = before.decide("A-1", "no_further_action", "lifestyle choice, she says", "sup");
        assertThat(first.versions()).isZero();
        assertThat(before.queue()).extracting(i -> i.alert().id()).containsExactly("A-2", "A-1");

        Alert updated = withANewChild(raised);
        AlertDesk after = new AlertDesk(new ListAlertFeed(List.of(updated, alert("A-2"))), db, log, clock,
                Duration.ofHours(48));
        assertThat(after.queue()).first().satisfies(i -> {
            assertThat(i.alert().id()).isEqualTo("A-1");
            assertThat(i.awaitsDecision()).isTrue();
            assertThat(i.updatesSinceDecision()).isEqualTo(1);
            assertThat(i.decision()).contains(first);
        });
        AlertDecision again = after.decide("A-1", "act", "a second child: strategy meeting", "sup");
        assertThat(again.versions()).isEqualTo(1);
        assertThat(after.decisionOf(updated)).contains(again);
        assertThatThrownBy(() -> after.decide("A-1", "monitor", "third thoughts", "sup"))
                .hasMessageContaining("already decided, act by sup");
        assertThat(after.queue()).extracting(i -> i.alert().id()).containsExactly("A-2", "A-1");
        assertThat(after.decisions()).containsExactlyInAnyOrder(first, again);
        assertThat(accessesTo("A-1")).extracting(AccessEvent::reason)
                .containsExactly("no_further_action: lifestyle choice, she says", "act: a second child: strategy meeting");
    }

    /**
     * Alert ids are numbered by a replay of the store: after a person is split, the id a decision was made under can
     * name another alert (raised by another record). That alert is undecided, and the decision stays with its own.
     */
    @Test
    void aDecisionStaysWithTheAlertItWasMadeOnWhenAReplayGivesItsIdToAnother() {
        Alert decided = alert("A-1");
        AlertDesk before = new AlertDesk(new ListAlertFeed(List.of(decided)), db, log, clock, Duration.ofHours(48));
        assertThat(before.escalate()).isZero(); // first seen now
        clock.now = clock.now.plus(Duration.ofHours(49));
        assertThat(before.escalate()).isEqualTo(1);
        before.decide("A-1", "no_further_action", "the two men were one by mistake", "sup");
        Alert other = new Alert("A-1", "network", Instant.parse("2005-03-01T09:00:00Z"), "PC-9",
                List.of(new Alert.AlertPerson("P-000007", "suspect", List.of("PC-9/s1"))), 50, List.of("shared phone"));
        AlertDesk after = new AlertDesk(new ListAlertFeed(List.of(other)), db, log, clock, Duration.ofHours(48));
        assertThat(after.decisionOf(other)).isEmpty();
        assertThat(after.queue()).singleElement().satisfies(i -> {
            assertThat(i.decision()).isEmpty();
            assertThat(i.escalation()).as("the other alert's escalation is not this one's").isZero();
            assertThat(i.firstSeen()).isEqualTo(clock.now);
        });
        AlertDecision d = after.decide("A-1", "act", "refer the network to the panel", "sup");
        assertThat(d.outcome()).isEqualTo("act");
        assertThat(after.decisionOf(other)).get().extracting(AlertDecision::outcome).isEqualTo("act");
        assertThat(before.decisionOf(decided)).get().extracting(AlertDecision::outcome).isEqualTo("no_further_action");
        assertThat(after.decisions()).hasSize(2);
    }

    @Test
    void escalatesUndecidedAlertsLevelByLevelAndStopsOnceDecided() {
        ListAlertFeed feed = new ListAlertFeed(List.of(alert("A-1"), alert("A-2")));
        AlertDesk desk = new AlertDesk(feed, db, log, clock, Duration.ofHours(48));
        assertThat(desk.escalate()).isZero();
        clock.now = clock.now.plus(Duration.ofHours(47));
        assertThat(desk.escalate()).isZero();
        desk.decide("A-2", "monitor", "watching the vehicle", "sup");
        clock.now = clock.now.plus(Duration.ofHours(2));
        assertThat(desk.escalate()).isEqualTo(1);
        assertThat(desk.escalate()).isZero();
        clock.now = clock.now.plus(Duration.ofHours(48));
        assertThat(desk.escalate()).isEqualTo(1);
        clock.now = clock.now.plus(Duration.ofDays(30));
        assertThat(desk.escalate()).isZero();
        assertThat(desk.queue()).filteredOn(i -> i.alert().id().equals("A-1")).singleElement()
                .satisfies(i -> {
                    assertThat(i.escalation()).isEqualTo(2);
                    assertThat(i.escalatedTo()).isEqualTo("the head of service");
                });
        assertThat(accessesTo("A-1")).extracting(a -> a.action())
                .containsExactly("escalate alert", "escalate alert");
    }

    /**
     * An alert decided and then updated on new evidence awaits a decision again, and if nobody makes it, it is escalated
     * again, counted from when the queue first showed it updated, not from when it was first raised (which would
     * escalate it at once) and not never.
     */
    @Test
    void anAlertUpdatedAfterItsDecisionIsEscalatedAgainIfLeftUndecided() {
        Alert raised = alert("A-1");
        AlertDesk before = desk(raised);
        assertThat(before.escalate()).isZero(); // first seen now
        clock.now = clock.now.plus(Duration.ofHours(49));
        assertThat(before.escalate()).isEqualTo(1);
        before.decide("A-1", "monitor", "one child so far: watch", "sup");
        clock.now = clock.now.plus(Duration.ofDays(30));
        assertThat(before.escalate()).as("decided, and not updated since").isZero();
        assertThat(before.queue()).singleElement().extracting(Item::escalation).as("as it was when decided").isEqualTo(1);

        Alert updated = withANewChild(raised);
        AlertDesk after = desk(updated);
        assertThat(after.escalate()).as("first seen updated now").isZero();
        assertThat(after.queue()).singleElement().satisfies(i -> {
            assertThat(i.awaitsDecision()).isTrue();
            assertThat(i.escalation()).isZero();
            assertThat(i.firstSeen()).isEqualTo(clock.now);
        });
        clock.now = clock.now.plus(Duration.ofHours(47));
        assertThat(after.escalate()).isZero();
        clock.now = clock.now.plus(Duration.ofHours(2));
        assertThat(after.escalate()).isEqualTo(1);
        clock.now = clock.now.plus(Duration.ofHours(48));
        assertThat(after.escalate()).isEqualTo(1);
        assertThat(after.queue()).singleElement().satisfies(i -> {
            assertThat(i.escalation()).isEqualTo(2);
            assertThat(i.escalatedTo()).isEqualTo("the head of service");
        });
        after.decide("A-1", "act", "a second child: strategy meeting", "sup");
        clock.now = clock.now.plus(Duration.ofDays(30));
        assertThat(after.escalate()).isZero();
        assertThat(accessesTo("A-1")).extracting(AccessEvent::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("undecided for 49 h"),
                r -> assertThat(r).isEqualTo("monitor: one child so far: watch"),
                r -> assertThat(r).startsWith("updated on new evidence since its decision, undecided for 49 h")
                        .endsWith("escalated to the safeguarding lead"),
                r -> assertThat(r).startsWith("updated on new evidence since its decision, undecided for 97 h")
                        .endsWith("escalated to the head of service"),
                r -> assertThat(r).isEqualTo("act: a second child: strategy meeting"));
    }

    @Test
    void readsAlertsFromJsonLines() throws Exception {
        Path file = data.resolve("alerts.jsonl");
        Files.writeString(file, "{\"alert\": \"A-000031\", \"kind\": \"repeat_suspect\", \"raised\": \"2004-02-02T11:00:00Z\","
                + " \"trigger\": \"PC-2004-0932\", \"persons\": [{\"person\": \"P-000412\", \"role\": \"suspect\","
                + " \"mentions\": [\"YP-2003-0117/s2\", \"PC-2004-0932/s1\"]}], \"harm\": 1840.5,"
                + " \"reasons\": [\"linked to 3 children\"]}\n\n");
        JsonlAlertFeed feed = new JsonlAlertFeed(file);
        assertThat(feed.alerts()).singleElement().satisfies(a -> {
            assertThat(a.mentions()).containsExactly("YP-2003-0117/s2", "PC-2004-0932/s1");
            assertThat(a.harm()).isEqualTo(1840.5);
        });
        Files.writeString(file, "{\"kind\": \"x\"}\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThatThrownBy(feed::alerts).hasMessageContaining("line 1").hasMessageContaining("\"alert\"");
    }
}
