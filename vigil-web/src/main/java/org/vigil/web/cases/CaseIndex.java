package org.vigil.web.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.vigil.concern.Submission;
import org.vigil.concern.Concern;
import org.vigil.concern.Decision;
import org.vigil.concern.ParsedRecord;
import org.vigil.concern.Place;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Subject;
import org.vigil.concern.Vehicle;
import org.vigil.concurrent.InOrder;
import org.vigil.web.ledger.Vault;
import org.vigil.web.search.Phones;
import org.vigil.web.search.Vrms;

/** Every stored concern in brief, its decisions, and which mentions share a phone, vehicle or place. */
public final class CaseIndex {
    private final Map<String, ConcernCard> concerns = new ConcurrentHashMap<>();
    private final Map<String, MentionCard> mentions = new ConcurrentHashMap<>();
    private final Map<String, List<DecisionCard>> decisions = new ConcurrentHashMap<>();
    private final Map<String, DecisionCard> decisionsById = new ConcurrentHashMap<>();
    private final Map<String, List<String>> byIdentifier = new ConcurrentHashMap<>();
    /** The ids of the concerns that amend each concern id. */
    private final Map<String, List<String>> corrections = new ConcurrentHashMap<>();
    private final List<BiConsumer<Concern, ConcernCard>> listeners = new CopyOnWriteArrayList<>();
    /** The leaf after the last record added: where records that other processes stored since would begin. */
    private final AtomicLong nextLeaf = new AtomicLong();

    /**
     * Adds every stored record, in log order, and hands each, in the same order, to {@code first} on a thread of its
     * own (the app links persons with it) while the records are carded and indexed here: the two halves of loading a
     * large store take a core each. Returns once both are done, with the number of records read.
     */
    public long load(Vault vault, Consumer<Submission> first) {
        RecordParser parser = new RecordParser();
        long[] n = {0};
        try (InOrder<Submission, Void> handing = new InOrder<>("vigil-web-load", 1, 512, batch -> {
            batch.forEach(first);
            return null;
        }, done -> { })) {
            vault.read(store -> {
                store.forEachRecord(r -> {
                    Submission submission = r.parse(parser);
                    handing.add(submission);
                    add(submission.record(), r.leaf());
                    n[0]++;
                });
                return null;
            });
            handing.finish();
        }
        return n[0];
    }

    /** Told of each concern as it is added (in log order), with the parsed concern it came from. */
    public void onAdded(BiConsumer<Concern, ConcernCard> listener) {
        listeners.add(listener);
    }

    /** Adds a committed record at its leaf. */
    public void add(ParsedRecord record, long leaf) {
        nextLeaf.accumulateAndGet(leaf + 1, Math::max);
        if (record instanceof Concern c) {
            ConcernCard card = card(c, leaf);
            concerns.put(c.id(), card);
            if (c.amends() != null) {
                corrections.computeIfAbsent(c.amends(), k -> new CopyOnWriteArrayList<>()).add(c.id());
            }
            for (MentionCard m : card.mentions()) {
                mentions.put(m.key(), m);
                identifiers(m).forEach(id -> byIdentifier.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>())
                        .add(m.key()));
            }
            listeners.forEach(l -> l.accept(c, card));
        } else if (record instanceof Decision d) {
            DecisionCard card = new DecisionCard(d.id(), leaf, d.concern(), d.at(), d.by().id(), d.by().name(),
                    d.outcome(), d.reason());
            decisions.computeIfAbsent(d.concern(), k -> new CopyOnWriteArrayList<>()).add(card);
            decisionsById.put(d.id(), card);
        }
    }

    /** The leaf after the last record added (0 if none). */
    public long nextLeaf() {
        return nextLeaf.get();
    }

    /**
     * The report {@code id} belongs to: the first version of the concern, found by following each correction's
     * {@code amends} to the concern it corrects (as far as the concerns stored go). A restriction or a break-glass
     * grant is on the report, so that a correction, which names the same children, is read as its original is.
     */
    public String reportOf(String id) {
        String report = id;
        Set<String> seen = new HashSet<>();
        while (seen.add(report)) {
            ConcernCard card = concerns.get(report);
            if (card == null || card.amends() == null) {
                return report;
            }
            report = card.amends();
        }
        return report; // a loop of corrections naming each other: the one where it closes stands for the report
    }

    /** The concerns that correct {@code id} ({@code amends} it), in log order. */
    public List<String> correctionsOf(String id) {
        return List.copyOf(corrections.getOrDefault(id, List.of()));
    }

    public Optional<ConcernCard> concern(String id) {
        return Optional.ofNullable(id == null ? null : concerns.get(id));
    }

    public Optional<MentionCard> mention(String key) {
        return Optional.ofNullable(key == null ? null : mentions.get(key));
    }

    public Optional<DecisionCard> decision(String id) {
        return Optional.ofNullable(id == null ? null : decisionsById.get(id));
    }

    public List<DecisionCard> decisionsOn(String concernId) {
        return List.copyOf(decisions.getOrDefault(concernId, List.of()));
    }

    /** Mentions that name this identifier ({@code phone:…}, {@code vrm:…}, {@code place:…}). */
    public List<String> mentionsWith(String identifier) {
        return List.copyOf(byIdentifier.getOrDefault(identifier, List.of()));
    }

    public int concernCount() {
        return concerns.size();
    }

    /** Every concern, in log order. */
    public List<ConcernCard> concernsInLogOrder() {
        List<ConcernCard> all = new ArrayList<>(concerns.values());
        all.sort(Comparator.comparingLong(ConcernCard::leaf));
        return all;
    }

    /** The identifiers a mention names, as graph keys. A form's filler phone ("07000 000000") is none. */
    public static List<String> identifiers(MentionCard m) {
        List<String> out = new ArrayList<>();
        m.phones().stream().filter(Phones::identifies).forEach(p -> out.add("phone:" + p));
        m.vrms().stream().filter(v -> v.indexOf('?') < 0).forEach(v -> out.add("vrm:" + v));
        m.places().forEach(p -> out.add("place:" + p));
        return out;
    }

    private static ConcernCard card(Concern c, long leaf) {
        Map<String, Place> places = new java.util.HashMap<>();
        c.places().forEach(p -> places.put(p.ref(), p));
        List<Subject> subjects = new ArrayList<>(c.subjects());
        subjects.sort(Comparator.comparing(Subject::ref));
        List<MentionCard> cards = new ArrayList<>();
        for (Subject s : subjects) {
            List<String> phones = s.phones().stream().map(Phones::normalise).filter(p -> p != null).distinct().toList();
            List<String> vrms = s.vehicles().stream().map(Vehicle::vrm).map(Vrms::normalise).filter(v -> v != null)
                    .distinct().toList();
            List<String> named = s.places().stream().map(places::get).filter(p -> p != null).map(CaseIndex::placeKey)
                    .distinct().toList();
            cards.add(new MentionCard(s.mentionKey(c.id()), c.id(), s.ref(), s.role(), s.name(), phones, vrms, named));
        }
        return new ConcernCard(c.id(), leaf, c.agency(), c.received(), c.author().id(), cards, c.indicators(),
                c.amends());
    }

    /** A place as a graph key: kind, then name and address, lower case with spaces collapsed. */
    static String placeKey(Place p) {
        String text = p.kind() + ": " + (p.name() == null ? "" : p.name()) + (p.address() == null ? "" : ", " + p.address());
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The cards of these concerns that are known, in the order given. */
    public List<ConcernCard> concerns(Collection<String> ids) {
        return ids.stream().map(concerns::get).filter(c -> c != null).toList();
    }
}
