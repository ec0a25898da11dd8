package org.vigil.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.concern.Concern;
import org.vigil.concern.ParsedRecord;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Subject;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.linkage.incremental.LinkageIndex;
import org.vigil.store.ConcernStore;
import org.vigil.store.PersonLink;

/**
 * Links mentions into persons as concerns arrive: each new mention is scored only against the mentions it shares a
 * blocking key with (names, date of birth, phone, vehicle, place), joined to a person under the clustering guard, and
 * given that person's id. Ids are stable: a person keeps the id of its first mention's cluster, and when a mention
 * joins two persons the younger id is retired into the older one. The index lives in memory and is rebuilt from the
 * store by linking the stored concerns again in log order, which gives the same persons.
 */
public final class PersonIndex {
    /** Prior probability that two mentions are one person: a town has many mentions per person. */
    private static final double LAMBDA = 1e-4;
    /**
     * A value shared by more mentions than this (a takeaway half the town visits, a common first name in one birth
     * year) is not used to find candidates: it says little about identity and would make each new mention cost
     * thousands of comparisons.
     */
    private static final int MAX_BLOCK = 300;

    private final LinkageIndex index;
    private final Map<String, String> personByRoot = new HashMap<>();
    private int nextPerson = 1;

    public PersonIndex() {
        LinkageIndex.Options defaults = LinkageIndex.Options.forMentions();
        double lambda = Double.parseDouble(System.getProperty("x.lambda", "" + LAMBDA));
        double thr = Double.parseDouble(System.getProperty("x.thr", "0.9"));
        double support = Double.parseDouble(System.getProperty("x.support", "0.5"));
        double veto = Double.parseDouble(System.getProperty("x.veto", "0.001"));
        org.vigil.linkage.clustering.ClusterGuard g = new org.vigil.linkage.clustering.ClusterGuard(thr, support, veto, 400,
                org.vigil.linkage.clustering.ClusterGuard.DEFAULT_CONTRADICTIONS);
        this.index = new LinkageIndex(LinkageIndex.defaultMentionModel(lambda),
                new LinkageIndex.Options(defaults.blockingRules(), g, Integer.getInteger("x.block", MAX_BLOCK)));
    }

    /** A new index holding every concern already in the store, linked in log order. */
    public static PersonIndex rebuild(ConcernStore store) {
        PersonIndex people = new PersonIndex();
        RecordParser parser = new RecordParser();
        store.forEachRecord(r -> {
            if (r.type().equals("concern")) {
                try {
                    people.link(List.of(parser.parse(r.raw())));
                } catch (org.vigil.concern.InvalidRecordException e) {
                    throw new IllegalStateException("stored record " + r.id() + " no longer parses: " + e.getMessage(), e);
                }
            }
        });
        return people;
    }

    /** Links every mention of the concerns among {@code batch}, in order, and says what changed. */
    public PersonChanges link(List<Submission> batch) {
        List<String> added = new ArrayList<>();
        List<PersonChanges.Merge> merges = new ArrayList<>();
        for (Submission submission : batch) {
            ParsedRecord record = submission.record();
            if (!(record instanceof Concern concern)) {
                continue;
            }
            for (Subject subject : concern.subjects()) {
                LinkageIndex.Added a = index.add(MentionRecords.of(concern, subject));
                String key = subject.mentionKey(concern.id());
                String person = personByRoot.computeIfAbsent(a.clusterId(), root -> String.format("P-%06d", nextPerson++));
                for (String mergedRoot : a.mergedClusterIds()) {
                    String retired = personByRoot.remove(mergedRoot);
                    if (retired != null && !retired.equals(person)) {
                        merges.add(new PersonChanges.Merge(person, retired, key, concern.received()));
                    }
                }
                added.add(key);
            }
        }
        Map<String, PersonLink> links = new LinkedHashMap<>();
        for (String key : added) {
            links.put(key, new PersonLink(key, personOf(key)));
        }
        return new PersonChanges(List.copyOf(links.values()), merges);
    }

    /** The person a mention belongs to now, or null if the mention is unknown. */
    public String personOf(String mentionKey) {
        if (index.indexOf(mentionKey) < 0) {
            return null;
        }
        return personByRoot.get(index.clusterOf(mentionKey));
    }

    /** The mentions of the person that {@code mentionKey} belongs to, oldest first. */
    public List<String> mentionsWith(String mentionKey) {
        return index.clusterMembers(mentionKey);
    }

    /** The waterfall of match weights between two mentions, both already linked. */
    public Waterfall explain(String a, String b) {
        return index.explain(a, b);
    }

    public int mentions() {
        return index.size();
    }
}
