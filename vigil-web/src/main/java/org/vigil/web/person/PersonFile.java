package org.vigil.web.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.concern.Concern;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Subject;
import org.vigil.store.StoredRecord;
import org.vigil.web.access.ConcernReach;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.alert.Alert;
import org.vigil.web.alert.AlertDecision;
import org.vigil.web.alert.AlertDesk;
import org.vigil.web.alert.AlertReach;
import org.vigil.web.auth.Account;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.ConcernCard;
import org.vigil.web.cases.MentionCard;
import org.vigil.web.ledger.Vault;

/**
 * Everything about one person that one viewer may see: each mention's evidence, parsed from the stored records;
 * the mentions withheld from them (restricted concerns, which they could break glass to open); the match
 * explanations between mentions they may read; the alerts naming the person that they may see ({@link AlertReach});
 * and a timeline of all of it.
 */
public final class PersonFile {
    /** A mention in a concern this viewer may not read now. */
    public record Withheld(String mentionKey, String concernId) {
    }

    /** The assembled file. */
    public record View(String personId, String label, List<Evidence> evidence, List<Withheld> withheld,
                       List<MatchExplanation> explanations, List<Alert> alerts, List<TimelineEvent> timeline) {
        public boolean anyBreakGlass() {
            return evidence.stream().anyMatch(Evidence::breakGlass);
        }

        /** The concern ids this view shows, for the access log. */
        public List<String> concernIds() {
            return evidence.stream().map(e -> e.concern().id()).distinct().toList();
        }
    }

    private final Vault vault;
    private final CaseIndex cases;
    private final PersonDirectory persons;
    private final NeedToKnow needToKnow;
    private final AlertDesk alerts;
    private final AlertReach alertReach;

    public PersonFile(Vault vault, CaseIndex cases, PersonDirectory persons, NeedToKnow needToKnow, AlertDesk alerts) {
        this.vault = vault;
        this.cases = cases;
        this.persons = persons;
        this.needToKnow = needToKnow;
        this.alerts = alerts;
        this.alertReach = new AlertReach(new ConcernReach(cases, needToKnow));
    }

    /** The file as {@code account} may see it; empty if there is no such person. */
    public Optional<View> open(String personId, Account account, NetworkGraph graph) {
        List<String> mentions = persons.mentionsOf(personId);
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        List<Withheld> withheld = new ArrayList<>();
        List<ConcernCard> readable = new ArrayList<>();
        List<MentionCard> readableMentions = new ArrayList<>();
        for (String key : mentions) {
            MentionCard m = cases.mention(key).orElse(null);
            ConcernCard c = m == null ? null : cases.concern(m.concernId()).orElse(null);
            if (c == null) {
                continue;
            }
            NeedToKnow.Reach reach = needToKnow.reach(account, c);
            if (reach == NeedToKnow.Reach.READ || reach == NeedToKnow.Reach.READ_BY_BREAK_GLASS) {
                readable.add(c);
                readableMentions.add(m);
            } else if (reach == NeedToKnow.Reach.RESTRICTED) {
                withheld.add(new Withheld(key, c.id()));
            }
        }
        if (readable.isEmpty() && withheld.isEmpty()) {
            return Optional.empty();
        }
        List<StoredRecord> records = vault.read(store -> readable.stream()
                .map(c -> store.record(c.id()).orElseThrow()).toList());
        RecordParser parser = new RecordParser();
        for (int i = 0; i < readable.size(); i++) {
            Concern concern = parse(parser, records.get(i));
            MentionCard m = readableMentions.get(i);
            Subject subject = concern.subjects().stream().filter(s -> s.ref().equals(m.ref())).findFirst().orElseThrow();
            boolean glass = needToKnow.reach(account, readable.get(i)) == NeedToKnow.Reach.READ_BY_BREAK_GLASS;
            evidence.add(new Evidence(m.key(), concern, subject, cases.decisionsOn(concern.id()), glass));
        }
        List<Alert> naming = alerts.feed().alerts().stream()
                .filter(a -> a.persons().stream().anyMatch(p -> p.person().equals(personId))
                        || a.mentions().stream().anyMatch(mentions::contains))
                .filter(a -> alertReach.mayRead(account, a))
                .toList();
        // An explanation quotes both mentions' names, births and phones: only pairs the viewer may read both sides of.
        Set<String> readableKeys = new HashSet<>();
        readableMentions.forEach(m -> readableKeys.add(m.key()));
        List<MatchExplanation> explanations = persons.explain(personId).stream()
                .filter(x -> readableKeys.contains(x.left()) && readableKeys.contains(x.right())).toList();
        return Optional.of(new View(personId, graph.personLabel(personId, c -> needToKnow.mayRead(account, c)),
                evidence, withheld, explanations, naming, timeline(evidence, naming)));
    }

    private List<TimelineEvent> timeline(List<Evidence> evidence, List<Alert> naming) {
        List<TimelineEvent> events = new ArrayList<>();
        for (Evidence e : evidence) {
            Concern c = e.concern();
            events.add(new TimelineEvent(c.received(), "concern", c.agency() + " reported them as " + e.subject().role()
                    + (c.indicators().isEmpty() ? "" : "; indicators: " + String.join(", ", c.indicators())), c.id()));
            e.decisions().forEach(d -> events.add(new TimelineEvent(d.at(), "decision", d.outcome().replace('_', ' ')
                    + " by " + (d.byName() == null ? d.byId() : d.byName())
                    + (d.reason() == null ? "" : ": " + d.reason()), c.id())));
        }
        for (Alert a : naming) {
            events.add(new TimelineEvent(a.raised(), "alert", a.kind().replace('_', ' ') + " alert " + a.id() + " raised"
                    + (a.reasons().isEmpty() ? "" : ": " + a.reasons().get(0)), a.trigger()));
            Optional<AlertDecision> d = alerts.decisionOf(a);
            d.ifPresent(dec -> events.add(new TimelineEvent(dec.at(), "alert decision", "alert " + a.id() + " decided "
                    + dec.outcome().replace('_', ' ') + " by " + dec.decidedBy() + ": " + dec.reason(), a.trigger())));
        }
        // Records that arrive out of event order still sort by when things happened, the log's leaf breaking ties.
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
    }

    static Concern parse(RecordParser parser, StoredRecord record) {
        try {
            return (Concern) parser.parse(record.raw()).record();
        } catch (InvalidRecordException | ClassCastException e) {
            throw new IllegalStateException("stored record " + record.id() + " is not a concern that parses", e);
        }
    }
}
