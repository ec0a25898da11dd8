package org.vigil.linkage.incremental;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.collections.IdIndex;
import org.vigil.linkage.blocking.BlockingKey;
import org.vigil.linkage.blocking.BlockingRule;
import org.vigil.linkage.clustering.ClusterGuard;
import org.vigil.linkage.clustering.IncrementalClustering;
import org.vigil.linkage.clustering.PairEvidence;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.model.MatchWeight;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/**
 * An in-memory index of person records that links each new record as it is added: no full recompute,
 * only the records sharing a blocking key with the new one are scored. Thread-safe (methods are
 * synchronized); adding is O(candidates).
 *
 * <p>The model's λ is used as is; it should suit the size the index will reach (roughly, the expected
 * number of other records of the same person divided by the number of records). Term frequencies grow
 * with the index, so the same pair scored later can weigh slightly differently. The index is not
 * persisted: rebuild it by adding stored records in their original order, which reproduces the same
 * record numbers and cluster ids.
 */
public final class LinkageIndex {

    /**
     * Settings of an index.
     *
     * @param blockingRules candidate keys; include phone, VRM and place so nickname-only mentions can link
     * @param guard match threshold and clustering guard
     * @param maxBlockSize at most this many records of one block, the most recent, are candidates: a value
     *        shared by thousands (a takeaway every suspect visits, a common first name in one year) still
     *        finds the recent records that share it, and an add costs at most this many scorings per key
     * @param identifying fields of which a link must agree on at least one (a level of positive weight);
     *        empty: no such rule. For mentions: names, birth, phone, vehicle, e-mail and identifier, so that
     *        an address, a place or the people named alongside never link two records on their own (a father
     *        written "Mr Horvath" and his son written "Luke" share an address and nothing else)
     * @param explainMatches whether each match carries its waterfall (building one costs more than scoring
     *        the pair; an index whose caller explains on demand with {@link LinkageIndex#explain} can skip it)
     * @param clusterEvidence whether a record may join a cluster on the evidence of its members together when
     *        no one of them is enough, under the same guard (see {@link ClusterEvidence})
     * @param resolveCompanions whether companion values, ids of records in this index, are compared and
     *        blocked as the clusters those records are in now (see {@link Companions})
     * @param learnNames whether given names written together in one record (a name and its alias, "Dean" and
     *        "Doc") compare as nicknames of each other in every later pair
     * @param personal fields that tell one member of a household from another; when non-empty, two records whose
     *        given names disagree under an agreeing surname, and which agree on none of these, are relatives: a
     *        hard contradiction (see {@link Relatives}). Empty: no such rule
     * @param priorFallsFrom 0 for a fixed prior; otherwise the number of records from which the prior falls as the
     *        index grows (see {@link #withPriorFallingFrom})
     * @param amongOthers whether a record that links to no record is scored again against clusters with values'
     *        frequencies among other clusters, so that an entity holding a large share of the index still links
     *        (see {@link AmongOthers})
     * @param ambiguousWithin 0 for no such rule; otherwise a record whose strongest links, within this many bits of
     *        each other, go to two clusters that contradict each other where it says nothing joins neither (see
     *        {@link #withAmbiguityMargin})
     */
    public record Options(List<BlockingRule> blockingRules, ClusterGuard guard, int maxBlockSize, Set<Field> identifying,
                          boolean explainMatches, boolean clusterEvidence, boolean resolveCompanions, boolean learnNames,
                          Set<Field> personal, int priorFallsFrom, boolean amongOthers, double ambiguousWithin) {
        public Options {
            blockingRules = List.copyOf(blockingRules);
            identifying = identifying.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(identifying));
            personal = personal.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(personal));
            if (maxBlockSize < 1) {
                throw new IllegalArgumentException("maxBlockSize must be positive: " + maxBlockSize);
            }
            if (priorFallsFrom < 0) {
                throw new IllegalArgumentException("priorFallsFrom must be 0 (a fixed prior) or positive: " + priorFallsFrom);
            }
            if (!(ambiguousWithin >= 0)) {
                throw new IllegalArgumentException("ambiguousWithin must be 0 (no such rule) or more bits: " + ambiguousWithin);
            }
        }

        /** Options without identifying fields, explaining matches, with none of the mention-only behaviours. */
        public Options(List<BlockingRule> blockingRules, ClusterGuard guard, int maxBlockSize) {
            this(blockingRules, guard, maxBlockSize, Set.of(), true, false, false, false, Set.of(), 0, false, 0);
        }

        public Options withGuard(ClusterGuard g) {
            return copy(d -> d.guard = g);
        }

        public Options withMaxBlockSize(int max) {
            return copy(d -> d.maxBlockSize = max);
        }

        public Options withIdentifying(Set<Field> fields) {
            return copy(d -> d.identifying = fields);
        }

        public Options withExplainMatches(boolean explain) {
            return copy(d -> d.explainMatches = explain);
        }

        public Options withClusterEvidence(boolean together) {
            return copy(d -> d.clusterEvidence = together);
        }

        public Options withResolvedCompanions(boolean resolve) {
            return copy(d -> d.resolveCompanions = resolve);
        }

        public Options withLearnedNames(boolean learn) {
            return copy(d -> d.learnNames = learn);
        }

        /** Fields that, shared, say two records with different given names under one surname are not relatives. */
        public Options withPersonal(Set<Field> fields) {
            return copy(d -> d.personal = fields);
        }

        /**
         * From {@code records} records on, the model's prior λ, the chance that a new record is the same as any one
         * earlier record, falls in proportion to the records in the index: at {@code n} records it is
         * λ·{@code records}/{@code n}, so each doubling of the index asks one more bit of evidence for a link. A new
         * mention has a handful of true partners however many mentions there are, and a town ten times as large
         * holds ten times as many people who share a name: a λ fixed for a town of a few thousand reports joins
         * namesakes in a force's worth. 0: a fixed prior.
         */
        public Options withPriorFallingFrom(int records) {
            return copy(d -> d.priorFallsFrom = records);
        }

        /** Whether a record that links to no record is scored again with frequencies among other clusters. */
        public Options withFrequenciesAmongOthers(boolean among) {
            return copy(d -> d.amongOthers = among);
        }

        /**
         * A record whose strongest links, within {@code bits} of each other, go to records of two clusters that
         * contradict each other on a comparison where the record has no value (a date of birth, a sex, a given name
         * under the relatives rule) joins neither: "John Hale, 12 Acre Street" beside a father and a son of that name
         * and address, kept apart by their dates of birth. Joined to the stronger by a bit, it would be filed under a
         * man it is as likely not to be about. A record that tells them apart by more (a phone of one, an age that
         * contradicts the other) joins as before. 0: no such rule.
         */
        public Options withAmbiguityMargin(double bits) {
            return copy(d -> d.ambiguousWithin = bits);
        }

        /** The one copy path of the withers: these options with {@code change} made, validated again. */
        private Options copy(Consumer<Draft> change) {
            Draft d = new Draft(this);
            change.accept(d);
            return new Options(d.blockingRules, d.guard, d.maxBlockSize, d.identifying, d.explainMatches,
                    d.clusterEvidence, d.resolveCompanions, d.learnNames, d.personal, d.priorFallsFrom, d.amongOthers,
                    d.ambiguousWithin);
        }

        /** The fields of an {@link Options} while a wither changes one of them. */
        private static final class Draft {
            List<BlockingRule> blockingRules;
            ClusterGuard guard;
            int maxBlockSize;
            Set<Field> identifying;
            boolean explainMatches;
            boolean clusterEvidence;
            boolean resolveCompanions;
            boolean learnNames;
            Set<Field> personal;
            int priorFallsFrom;
            boolean amongOthers;
            double ambiguousWithin;

            Draft(Options o) {
                blockingRules = o.blockingRules;
                guard = o.guard;
                maxBlockSize = o.maxBlockSize;
                identifying = o.identifying;
                explainMatches = o.explainMatches;
                clusterEvidence = o.clusterEvidence;
                resolveCompanions = o.resolveCompanions;
                learnNames = o.learnNames;
                personal = o.personal;
                priorFallsFrom = o.priorFallsFrom;
                amongOthers = o.amongOthers;
                ambiguousWithin = o.ambiguousWithin;
            }
        }

        /** Rules for mentions, threshold 0.9, the default guard, the 5,000 most recent records of each block. */
        public static Options forMentions() {
            return new Options(List.of(
                    BlockingRule.on(BlockingKey.DOB),
                    BlockingRule.on(BlockingKey.SURNAME_METAPHONE, BlockingKey.GIVEN_INITIAL),
                    BlockingRule.on(BlockingKey.GIVEN_METAPHONE, BlockingKey.BIRTH_YEAR),
                    BlockingRule.on(BlockingKey.GIVEN_NAME, BlockingKey.POSTCODE_OUTWARD),
                    BlockingRule.on(BlockingKey.PHONE),
                    BlockingRule.on(BlockingKey.VRM),
                    BlockingRule.on(BlockingKey.PLACE),
                    BlockingRule.on(BlockingKey.COMPANION),
                    BlockingRule.on(BlockingKey.EMAIL),
                    BlockingRule.on(BlockingKey.IDENTIFIER)), ClusterGuard.defaults(0.9), 5_000);
        }
    }

    /**
     * A record the new one may be the same person as.
     *
     * @param id the earlier record's id
     * @param record its number in the index
     * @param weight total match weight, prior included
     * @param explanation the waterfall of the pair (earlier record on the left); null when the index's
     *        options do not explain matches
     */
    public record Candidate(String id, int record, MatchWeight weight, Waterfall explanation) {
        public double probability() {
            return weight.probability();
        }
    }

    /**
     * What adding a record did.
     *
     * @param record the new record's number
     * @param matches candidates at or above the threshold and without a hard contradiction, most probable first
     * @param contradicted candidates at or above the threshold that contradict the new record on a level
     *        named in the guard (a different date of birth, age or sex): likely relatives or household
     *        members, never joined; most probable first
     * @param scored how many earlier records were scored (each until it was a link or could no longer become one)
     * @param clusterId id of the record whose cluster the new record is now in (the cluster's oldest record)
     * @param mergedClusterIds ids of clusters merged into that cluster by this record
     * @param skippedBlocks blocks larger than {@link Options#maxBlockSize()}, of which only the most recent
     *        records were candidates
     */
    public record Added(int record, List<Candidate> matches, List<Candidate> contradicted, int scored, String clusterId,
                        List<String> mergedClusterIds, int skippedBlocks) {
        public Added {
            matches = List.copyOf(matches);
            contradicted = List.copyOf(contradicted);
            mergedClusterIds = List.copyOf(mergedClusterIds);
        }
    }

    /** The fields a Vigil mention can carry, compared by the default mention model. */
    public static final Set<Field> MENTION_FIELDS = Collections.unmodifiableSet(EnumSet.of(Field.GIVEN_NAME, Field.SURNAME,
            Field.BIRTH, Field.SEX, Field.STREET_NUMBER, Field.ADDRESS_LINE, Field.POSTCODE, Field.PHONE, Field.EMAIL,
            Field.IDENTIFIER, Field.VRM, Field.PLACE, Field.COMPANION));

    /**
     * An untrained model for mentions: the default comparison of each of {@link #MENTION_FIELDS} with its
     * documented prior m and u, prior {@code lambda}, and term frequencies smoothed by 50,000 pseudo-records
     * (so that in a young index a value seen twice is not taken for a common one). Use until enough
     * mentions exist to train one with {@link org.vigil.linkage.Linker#train}; then train on a batch and
     * keep its m and u.
     */
    public static LinkageModel defaultMentionModel(double lambda) {
        return LinkageModel.withPriors(Comparisons.defaultsFor(MENTION_FIELDS), lambda)
                .withTermFrequencyPrior(50_000);
    }

    private static final Comparator<Candidate> STRONGEST_FIRST =
            Comparator.comparingDouble((Candidate x) -> x.weight().bits()).reversed();
    private final RecordTable table = new RecordTable();
    private final Scorer scorer;
    private final Options options;
    private final List<Blocks> blocks = new ArrayList<>();
    private final IdIndex byId = new IdIndex(this::idAt);
    private final IncrementalClustering clustering;
    private final PairEvidence evidence;
    private final int[] identifying;
    /** The model's surname comparison, or -1. */
    private final int surname;
    /** Null unless clusters are scored as a whole. */
    private final ClusterEvidence clusterEvidence;
    /** Null unless companions are resolved to their clusters. */
    private final Companions companions;
    /** Null unless a record that links to nothing is scored again with frequencies among other clusters. */
    private final AmongOthers amongOthers;
    /** The records {@link #blocked} has taken as candidates of the record being added. */
    private final SeenSet seen = new SeenSet();
    /** What {@link RecordTable#fetch} read; kept only so that the reads happen. */
    private int fetched;

    public LinkageIndex(LinkageModel model, Options options) {
        this.options = options;
        this.scorer = new Scorer(model, table);
        for (int i = 0; i < options.blockingRules().size(); i++) {
            blocks.add(new Blocks(options.maxBlockSize()));
        }
        this.evidence = Relatives.of(PairEvidence.of(scorer, options.guard().contradictions()), scorer,
                options.personal());
        this.identifying = options.identifying().stream().mapToInt(model::indexOf).filter(k -> k >= 0).toArray();
        this.surname = model.indexOf(Field.SURNAME);
        this.clustering = new IncrementalClustering(options.guard(), evidence, options.ambiguousWithin());
        this.clusterEvidence = options.clusterEvidence()
                ? new ClusterEvidence(scorer, clustering, identifying, options.guard().minSupport(),
                        MatchWeight.fromProbability(options.guard().supportProbability()).bits()) : null;
        this.companions = options.resolveCompanions() ? new Companions(table, byId, clustering) : null;
        this.amongOthers = options.amongOthers() ? new AmongOthers(scorer, clustering) : null;
        if (options.learnNames()) {
            table.nameFeatures().learnNamesWrittenTogether();
        }
    }

    /** Adds {@code r}, scores it against its blocked candidates, clusters it, and reports what happened. */
    public synchronized Added add(PersonRecord r) {
        return add(r, null);
    }

    /**
     * As {@link #add(PersonRecord)}, where the caller knows {@code r} to be the same subject as the earlier record
     * {@code sameAs}: the subject of the same ref in the report that {@code r}'s report corrects. That record is a
     * candidate whatever the blocking keys and, when no record links {@code r} on its evidence, a link whatever its
     * weight (a record that links elsewhere is not made to join two persons by the hint). The join still goes
     * through the guard: a contradiction (another date of birth, another sex, another surname) or unsupported cross
     * pairs keep the two apart, so a correction that names someone else in that place is not joined to the person it
     * replaced. A null or unknown {@code sameAs} is no hint.
     */
    public synchronized Added add(PersonRecord r, String sameAs) {
        return add(r, sameAs, List.of());
    }

    /**
     * As {@link #add(PersonRecord, String)}, and {@code r} never shares a cluster with the earlier records whose ids
     * are {@code apartFrom}, now or after any later join: a person's word that they are not the same subject (for
     * mentions: an analyst's split). Ids not in the index are ignored.
     */
    public synchronized Added add(PersonRecord r, String sameAs, Collection<String> apartFrom) {
        if (byId.get(r.id()) >= 0) {
            throw new IllegalArgumentException("record id already in the index: " + r.id());
        }
        int me = table.add(r, 0);
        if (companions != null) {
            companions.added(me);
        }
        byId.put(r.id(), me);
        double linkBits = MatchWeight.fromProbability(options.guard().threshold()).bits();
        // The model's weights carry its fixed prior; a link must clear the threshold under the prior of an index this
        // size. Exact at or above that; below it, only the fact that it is below matters.
        double shift = priorShift(me);
        Scorer.Candidates scoring = scorer.candidatesOf(me, linkBits - shift);
        long[][] keys = new long[blocks.size()][];
        for (int q = 0; q < blocks.size(); q++) {
            keys[q] = options.blockingRules().get(q).keys(table, me);
        }
        Blocked blocked = blocked(me, keys, scoring, sameAs == null ? -1 : byId.get(sameAs));
        int traits = scorer.traits(me);
        for (int q = 0; q < blocks.size(); q++) {
            for (long k : keys[q]) {
                blocks.get(q).append(k, me, traits);
            }
        }
        fetch(blocked);
        Scored scored = score(me, blocked, scoring, linkBits, shift);
        int[] others = Arrays.copyOf(blocked.candidates, blocked.n);
        IncrementalClustering.Change change = clustering.add(me, others, scored.weights, apart(me, apartFrom));
        if (companions != null) {
            companions.joined(me, change.cluster(), change.merged());
        }
        if (amongOthers != null) {
            amongOthers.joined(me, change.cluster(), change.merged());
        }
        List<String> merged = change.merged().stream().map(table::id).toList();
        return new Added(me, scored.matches, scored.contradicted, blocked.n, table.id(change.cluster()), merged,
                blocked.skipped);
    }

    /**
     * The earlier records sharing a block with a new one ({@code candidates[0..n)}, newest of each block first), each
     * with whether the scorer's bounds let it reach a link ({@code reachable}); {@code known} is the caller's
     * {@code sameAs}, or -1, and {@code skipped} the blocks cut to their newest {@link Options#maxBlockSize()}.
     */
    private static final class Blocked {
        int[] candidates = new int[16];
        boolean[] reachable = new boolean[16];
        int n;
        int skipped;
        int known = -1;

        void add(int c, boolean mayReach) {
            if (n == candidates.length) {
                candidates = Arrays.copyOf(candidates, n * 2);
                reachable = Arrays.copyOf(reachable, n * 2);
            }
            reachable[n] = mayReach;
            candidates[n++] = c;
        }
    }

    /** The candidates of record {@code me} in the blocks of its {@code keys}, and the hinted record {@code known}. */
    private Blocked blocked(int me, long[][] keys, Scorer.Candidates scoring, int known) {
        seen.clear();
        Blocked b = new Blocked();
        for (int q = 0; q < blocks.size(); q++) {
            for (long k : searchKeys(q, keys[q], me)) {
                int[] bucket = blocks.get(q).bucket(k);
                if (bucket == null) {
                    continue;
                }
                int from = 0;
                if (bucket[0] > options.maxBlockSize()) {
                    b.skipped++;
                    from = bucket[0] - options.maxBlockSize();
                }
                for (int i = bucket[0] - 1; i >= from; i--) {
                    int c = bucket[1 + 2 * i];
                    if (seen.add(c)) {
                        b.add(c, scoring.mayReachWith(bucket[2 + 2 * i]));
                    }
                }
            }
        }
        if (known >= 0) {
            b.known = known;
            if (seen.add(known)) {
                b.add(known, true);
            }
            for (int i = 0; i < b.n; i++) {
                b.reachable[i] |= b.candidates[i] == known; // scored in full, for the guard and the explanation
            }
        }
        return b;
    }

    /** Reads the table rows of the candidates that may reach a link, before they are scored. */
    private void fetch(Blocked b) {
        int[] rows = new int[b.n];
        int m = 0;
        for (int i = 0; i < b.n; i++) {
            if (b.reachable[i]) {
                rows[m++] = b.candidates[i];
            }
        }
        fetched += table.fetch(rows, m);
        if (companions != null) {
            fetched += companions.fetch(rows, m);
        }
    }

    /**
     * A new record's candidates scored: the links without and with a contradiction, each strongest first, and each
     * candidate's weight for the clustering, in the order of {@link Blocked#candidates} (below {@code linkBits} for
     * those that are not links).
     */
    private record Scored(List<Candidate> matches, List<Candidate> contradicted, double[] weights) {
    }

    private Scored score(int me, Blocked b, Scorer.Candidates scoring, double linkBits, double shift) {
        List<Candidate> matches = new ArrayList<>();
        List<Candidate> contradicted = new ArrayList<>();
        double[] weights = new double[b.n];
        int hinted = -1;
        double hintedWeight = 0;
        boolean linked = false;
        for (int i = 0; i < b.n; i++) {
            int c = b.candidates[i];
            double w = b.reachable[i] ? scoring.weight(c) + shift : Math.nextDown(linkBits);
            boolean link = w >= linkBits && (identifying.length == 0 || identifies(c, me));
            weights[i] = link ? w : Math.min(w, Math.nextDown(linkBits));
            if (link) {
                linked = true;
                (evidence.contradicts(c, me) ? contradicted : matches).add(candidate(c, me, w, shift));
            } else if (c == b.known) {
                hinted = i;
                hintedWeight = w;
            }
        }
        if (hinted >= 0 && !linked) {
            // Nothing links the record on its evidence: the caller's word that it is this subject does.
            weights[hinted] = linkBits;
            (evidence.contradicts(b.known, me) ? contradicted : matches).add(candidate(b.known, me, hintedWeight, shift));
        }
        if (amongOthers != null && matches.isEmpty()) {
            // No pair links the record: an entity whose own records make its values common may, counted among others.
            for (int i : amongOthers.raise(me, b.candidates, weights, b.n, linkBits, shift, c -> identifies(c, me))) {
                int c = b.candidates[i];
                (evidence.contradicts(c, me) ? contradicted : matches).add(candidate(c, me, weights[i], shift));
            }
        }
        if (clusterEvidence != null && matches.isEmpty()) {
            // No pair links the record: the clusters of several records it shares evidence with may, together.
            for (int i : clusterEvidence.raise(me, b.candidates, weights, b.n, linkBits, shift)) {
                int c = b.candidates[i];
                (evidence.contradicts(c, me) ? contradicted : matches).add(candidate(c, me, weights[i], shift));
            }
        }
        matches.sort(STRONGEST_FIRST);
        contradicted.sort(STRONGEST_FIRST);
        return new Scored(matches, contradicted, weights);
    }

    private Candidate candidate(int c, int me, double weight, double shift) {
        return new Candidate(table.id(c), c, new MatchWeight(weight),
                options.explainMatches() ? explainUnder(c, me, shift) : null);
    }

    /** The keys to search block {@code q} under: the record's own, and for companions those of their clusters. */
    private long[] searchKeys(int q, long[] own, int me) {
        BlockingRule rule = options.blockingRules().get(q);
        if (companions == null || own.length == 0 || !rule.parts().equals(List.of(BlockingKey.COMPANION))) {
            return own;
        }
        int[] codes = companions.searchCodes(me);
        if (codes.length == own.length) {
            return own;
        }
        long[] out = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = rule.keyOfValue(codes[i]);
        }
        return out;
    }

    /**
     * Whether the pair agrees on an identifying comparison (a level of positive weight). A surname does not identify
     * when either record has no given name ("Mrs Hill", "Mr Wood"): a household, or a youth worker and the man of
     * his surname accused beside the same girl, share it.
     */
    private boolean identifies(int a, int b) {
        for (int k : identifying) {
            if (k == surname && (table.names(Field.GIVEN_NAME).codes(a).length == 0
                    || table.names(Field.GIVEN_NAME).codes(b).length == 0)) {
                continue;
            }
            int l = scorer.level(k, a, b);
            if (l != 0 && scorer.model().weight(k, l) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The records named as the new record's companions, and those of {@code apartFrom} already in the index: it is
     * never joined to their clusters.
     */
    private int[] apart(int me, Collection<String> apartFrom) {
        int[] codes = table.codeSets(Field.COMPANION).codes(me);
        if (codes.length == 0 && apartFrom.isEmpty()) {
            return codes;
        }
        int[] out = new int[codes.length + apartFrom.size()];
        int n = 0;
        for (int c : codes) {
            int r = byId.get(table.codeSets(Field.COMPANION).vocabulary().value(c));
            if (r >= 0) {
                out[n++] = r;
            }
        }
        for (String id : apartFrom) {
            int r = byId.get(id);
            if (r >= 0 && r != me) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    public synchronized int size() {
        return table.size();
    }

    /** The number of the record with {@code id}, or -1. */
    public synchronized int indexOf(String id) {
        return byId.get(id);
    }

    /** The id of the cluster (its oldest record's id) that record {@code id} is in. */
    public synchronized String clusterOf(String id) {
        int i = require(id);
        return table.id(clustering.clusterOf(i));
    }

    /** The number of the record whose cluster record number {@code record} is in (the cluster's oldest record). */
    public synchronized int clusterOf(int record) {
        if (record < 0 || record >= table.size()) {
            throw new IllegalArgumentException("no record number " + record + " in the index of " + table.size());
        }
        return clustering.clusterOf(record);
    }

    /** Ids of the records in the same cluster as {@code id}, oldest first. */
    public synchronized List<String> clusterMembers(String id) {
        int i = require(id);
        return Arrays.stream(clustering.members(i)).mapToObj(table::id).toList();
    }

    /**
     * The waterfall of any two records in the index, whether or not they were ever candidates, with the prior the
     * later of the two was linked under ({@link #priorShift(String, String)}).
     */
    public synchronized Waterfall explain(String idA, String idB) {
        int a = require(idA);
        int b = require(idB);
        return explainUnder(a, b, priorShift(Math.max(a, b)));
    }

    /**
     * Why two records in different clusters are apart, for a reader of their {@link #explain waterfall} whose
     * probability reached the threshold: a hard contradiction, the relatives rule, or the join rule. Empty when they
     * are in one cluster, or their probability did not reach the threshold (the waterfall says why).
     */
    public synchronized Optional<String> whyApart(String idA, String idB) {
        int a = require(idA);
        int b = require(idB);
        if (clustering.clusterOf(a) == clustering.clusterOf(b)
                || explain(idA, idB).probability() < options.guard().threshold()) {
            return Optional.empty();
        }
        if (clustering.mustStayApart(a, b)) {
            return Optional.of("kept apart as asked when they were linked: the two were named side by side in one"
                    + " report (two refs are two people), or split apart by a person's decision");
        }
        if (evidence instanceof Relatives relatives && relatives.household().relatives(a, b)) {
            return Optional.of("relatives: their given names disagree under one surname, and nothing personal (a phone,"
                    + " a vehicle, an e-mail, an identifier) is shared, as the members of one household are");
        }
        if (evidence.contradicts(a, b)) {
            return Optional.of("a hard contradiction: another sex, another surname, or dates of birth or ages that"
                    + " cannot be one person's");
        }
        return Optional.of("the join rule: a mention joins a person only when enough of the person's other mentions"
                + " agree with it too, and against these it contradicted some or was too weak");
    }

    /**
     * The number of records of the earlier record's cluster whose values {@link #explain} leaves out of the term
     * frequencies of the pair ({@link AmongOthers}): 0 when it counts every record.
     */
    public synchronized int leftOutOfFrequencies(String idA, String idB) {
        int cluster = frequenciesWithout(require(idA), require(idB));
        return cluster < 0 ? 0 : clustering.sizeOf(cluster);
    }

    /** The record whose cluster the pair's explanation leaves out of its term frequencies: the earlier one, or -1. */
    private int frequenciesWithout(int a, int b) {
        int earlier = Math.min(a, b);
        return amongOthers != null && amongOthers.applies(earlier) ? earlier : -1;
    }

    /**
     * Bits added to the model's prior for the later of two records when it was linked: 0 for a fixed prior or while
     * the index was small, −log₂(n/from) once it held n records of more than
     * {@link Options#withPriorFallingFrom from}.
     */
    public synchronized double priorShift(String idA, String idB) {
        return priorShift(Math.max(require(idA), require(idB)));
    }

    /**
     * The waterfall of records {@code a} and {@code b} with the model's prior shifted by {@code shift} bits; with
     * frequencies among others ({@link AmongOthers}) when the index counts them so and the earlier record's cluster is
     * large enough for it.
     */
    private Waterfall explainUnder(int a, int b, double shift) {
        int cluster = frequenciesWithout(a, b);
        Waterfall w = cluster < 0 ? scorer.explain(a, b) : amongOthers.explain(a, b, cluster);
        return w.withPriorShiftedBy(new MatchWeight(shift));
    }

    /** The prior's shift for record number {@code record}, linked when the index held {@code record + 1} records. */
    private double priorShift(int record) {
        int from = options.priorFallsFrom();
        double n = record + 1.0;
        return from == 0 || n <= from ? 0 : -MatchWeight.log2(n / from);
    }

    public LinkageModel model() {
        return scorer.model();
    }

    private String idAt(int record) {
        return table.id(record);
    }

    private int require(String id) {
        int i = byId.get(id);
        if (i < 0) {
            throw new IllegalArgumentException("no record with id " + id + " in the index");
        }
        return i;
    }
}
