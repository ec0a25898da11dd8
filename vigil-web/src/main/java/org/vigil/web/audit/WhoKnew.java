package org.vigil.web.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.ledger.Access;
import org.vigil.ledger.Entry;
import org.vigil.store.AccessEvent;
import org.vigil.store.ConcernStore;
import org.vigil.web.Web;
import org.vigil.web.alert.Alert;
import org.vigil.web.alert.AlertFeed;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.ConcernCard;
import org.vigil.web.cases.DecisionCard;
import org.vigil.web.cases.MentionCard;
import org.vigil.web.ledger.Vault;
import org.vigil.web.person.PersonDirectory;

/**
 * Gathers, from the log, everything that touched a person or a concern: the records that brought them in, the decisions
 * on them (and the account that sent each through the app, which may not be the person it names), every access to the
 * person, their concerns, their mentions and the alerts naming them, and every download of an inclusion proof for one
 * of those log entries (an access that showed any of them beside its own target among them), and every read of
 * {@linkplain Access#EVERY_RECORD every record} (a command-line export) made
 * once the first of their records was logged, and every split of a person that divided their mentions (a person's
 * decision about who is who). Each access and split comes with its stated reason as the store keeps it, checked against
 * the digest its log entry commits to ({@link StatedPurpose}).
 */
public final class WhoKnew {
    private final Vault vault;
    private final CaseIndex cases;
    private final PersonDirectory persons;
    private final AlertFeed alerts;

    public WhoKnew(Vault vault, CaseIndex cases, PersonDirectory persons, AlertFeed alerts) {
        this.vault = vault;
        this.cases = cases;
        this.persons = persons;
        this.alerts = alerts;
    }

    /**
     * Every event about {@code target} (a person id or a concern id) in log order; empty if it is neither. A person id a
     * merge retired stands for the person its mentions are part of now, and the accesses logged under it are found too.
     */
    public List<KnowledgeEvent> about(String target) {
        Set<String> targets = new LinkedHashSet<>();
        Set<String> concernIds = new LinkedHashSet<>();
        targets.add(target);
        List<String> mentions = persons.mentionsOf(target);
        String now = persons.current(target).orElse(target);
        if (mentions.isEmpty() && !now.equals(target)) {
            // A person id a merge retired (as an alert export names it): its mentions are the current person's now.
            targets.add(now);
            mentions = persons.mentionsOf(now);
        }
        if (!mentions.isEmpty()) {
            for (String key : mentions) {
                targets.add(key);
                cases.mention(key).ifPresent(m -> concernIds.add(m.concernId()));
            }
        } else if (cases.concern(target).isPresent()) {
            concernIds.add(target);
            for (MentionCard m : cases.concern(target).get().mentions()) {
                targets.add(m.key());
                persons.personOf(m.key()).ifPresent(targets::add);
            }
        } else {
            return List.of();
        }
        targets.addAll(concernIds);
        targets.add(Access.EVERY_RECORD);
        Set<String> allMentions = new LinkedHashSet<>(mentions);
        cases.concerns(concernIds).forEach(c -> c.mentions().forEach(m -> allMentions.add(m.key())));
        for (Alert a : alerts.alerts()) {
            if (a.persons().stream().anyMatch(p -> p.person().equals(target))
                    || a.mentions().stream().anyMatch(allMentions::contains) || concernIds.contains(a.trigger())) {
                targets.add(a.id());
            }
        }
        List<Long> recordLeaves = new ArrayList<>();
        for (ConcernCard c : cases.concerns(concernIds)) {
            recordLeaves.add(c.leaf());
            for (DecisionCard d : cases.decisionsOn(c.id())) {
                recordLeaves.add(d.leaf());
                targets.add(d.id()); // whoever sent the decision through the app, whoever it names as deciding
            }
        }
        long firstRecord = recordLeaves.stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
        // From the store, which holds an access only once its batch is committed under a signed checkpoint.
        List<KnowledgeEvent> events = new ArrayList<>(vault.read(store -> {
            // A read of every record made before any of these was logged disclosed none of them.
            List<AccessEvent> found = store.accessesTo(targets).stream()
                    .filter(a -> !Access.EVERY_RECORD.equals(a.target()) || a.leaf() > firstRecord).toList();
            Set<String> proofs = new LinkedHashSet<>();
            recordLeaves.forEach(l -> proofs.add(proofTarget(l)));
            found.forEach(a -> proofs.add(proofTarget(a.leaf())));
            Set<Long> seen = new HashSet<>();
            List<AccessEvent> all = new ArrayList<>();
            for (AccessEvent a : found) {
                if (seen.add(a.leaf())) {
                    all.add(a);
                }
            }
            for (AccessEvent a : store.accessesTo(proofs)) {
                if (seen.add(a.leaf())) {
                    all.add(a);
                }
            }
            List<KnowledgeEvent> out = new ArrayList<>(all.size() + recordLeaves.size());
            for (AccessEvent a : all) {
                StatedPurpose purpose = purpose(store, a);
                out.add(new KnowledgeEvent(a.leaf(), instant(a.atMicros()), a.actor(), a.action(), a.target(),
                        purpose.text(), purpose, a.shown(), shownCount(a)));
            }
            store.forEachSplit(split -> {
                if (targets.contains(split.person()) || targets.contains(split.newPerson())
                        || split.splitOff().stream().anyMatch(allMentions::contains)
                        || split.rest().stream().anyMatch(allMentions::contains)) {
                    StatedPurpose reason = StatedPurpose.check(split.body(), committed(store, split.leaf()));
                    out.add(split.isRevocation()
                            ? new KnowledgeEvent(split.leaf(), split.at(), split.actor(), "unsplit person",
                                    split.person(), reason.text() + " (the split at log entry " + split.revokes()
                                            + " taken back)", reason)
                            : new KnowledgeEvent(split.leaf(), split.at(), split.actor(), "split person", split.person(),
                                    reason.text() + " (" + String.join(", ", split.splitOff()) + " became "
                                            + split.newPerson() + ")", reason));
                }
            });
            for (long leaf : recordLeaves) {
                Entry e = Entry.parse(store.entry(leaf).orElseThrow());
                out.add(new KnowledgeEvent(leaf, Instant.parse(e.get("logged")), e.get("by"), "record " + e.get("type"),
                        e.get("id"), "received " + e.get("at"), null));
            }
            return out;
        }));
        events.sort(Comparator.comparingLong(KnowledgeEvent::leaf));
        return events;
    }

    /**
     * What {@code actor} looked at: their latest {@code limit} accesses (reads, searches, exports, disclosures,
     * decisions on alerts, admin changes) before log entry {@code beforeLeaf} and at or before {@code untilMicros},
     * newest first, each with its stated purpose checked against its log entry.
     */
    public List<KnowledgeEvent> by(String actor, long beforeLeaf, long untilMicros, int limit) {
        return vault.read(store -> {
            List<KnowledgeEvent> out = new ArrayList<>();
            for (AccessEvent a : store.accessesBy(actor, beforeLeaf, untilMicros, limit)) {
                StatedPurpose purpose = purpose(store, a);
                out.add(new KnowledgeEvent(a.leaf(), instant(a.atMicros()), a.actor(), a.action(), a.target(),
                        purpose.text(), purpose, List.of(), shownCount(a)));
            }
            return out;
        });
    }

    /** How many persons and concerns an access showed beside its target, as its event says; 0 for none. */
    private static int shownCount(AccessEvent access) {
        try {
            return Web.JSON.readTree(access.body()).path("shown").path("count").asInt(0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The target a download of the inclusion proof for log entry {@code leaf} is logged under. */
    public static String proofTarget(long leaf) {
        return "leaf:" + leaf;
    }

    /** The stored purpose of {@code access}, checked against its log entry. */
    private static StatedPurpose purpose(ConcernStore store, AccessEvent access) {
        return StatedPurpose.check(access.body(), committed(store, access.leaf()));
    }

    /** The digest the log entry at {@code leaf} commits to. */
    private static byte[] committed(ConcernStore store, long leaf) {
        return Entry.parse(store.entry(leaf).orElseThrow(() -> new IllegalStateException(
                "log entry " + leaf + " is missing; run vigil verify"))).sha256();
    }

    /** The store's microseconds since 1970 as an instant. */
    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
