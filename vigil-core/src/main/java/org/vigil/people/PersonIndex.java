package org.vigil.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.concern.Concern;
import org.vigil.concern.ParsedRecord;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Subject;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;
import org.vigil.linkage.clustering.ClusterGuard;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.linkage.incremental.LinkageIndex;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.table.Field;
import org.vigil.store.ConcernStore;
import org.vigil.store.PersonLink;
import org.vigil.store.PersonSplit;

/**
 * Links mentions into persons as concerns arrive: each new mention is scored only against the mentions it shares a
 * blocking key with (names, date of birth, phone, vehicle, place, a person named alongside it), joined to a person
 * under the clustering guard, and given that person's id. Context counts: a concern's subjects named in full are
 * linked first, and each later subject carries the persons of those before it as companions, so two mentions of
 * "Ash" each named alongside the same child weigh towards one man, whether or not the child's own mentions were
 * one person yet when the first was linked (companions are compared as the persons they are now); the subjects of
 * one concern are never joined to each other. A name and an alias written together ("Dean", alias "Doc") are
 * nicknames of each other from then on. Stated ages are estimates. Two mentions whose given names disagree under one
 * surname are relatives (a parent and a child of one address), never one person, unless they share a phone, a
 * vehicle, an e-mail or an identifier. A subject named as reporter or witness carries the reporting agency, so that a
 * teacher named in seventy reports of her school is one person and a namesake reporting for another agency is likely
 * another. A correction (a concern that {@code amends} another) names the subject of the same ref as the report it
 * corrects, so the two mentions are joined unless their details contradict or the guard refuses: a corrected
 * spelling, or a first name put in full, stays with the person the report named. A subject written with an adult's
 * title and no age ("Mrs Hill", "Mr Wood") is known to be an adult, so never a child of her address, and a surname
 * without a given name identifies nobody alone: a household, or a youth worker and a man of his surname accused beside
 * the same girl, share it. Names only link: none of this raises a risk
 * score. (The index's cluster evidence, a join on a person's mentions together, is not used: on the towns it gave
 * 0.00–0.01 F1 for 5–15% more CPU per concern.) Ids are stable: a person keeps the id of its first mention's cluster, and when a mention
 * joins two persons the younger id is retired into the older one. The index lives in memory and is rebuilt from the
 * store by linking the stored concerns again in log order, which gives the same persons.
 */
public final class PersonIndex implements Persons {
    /**
     * Prior probability that two mentions are one person. A person in a town is named in two to ten reports, so a
     * new mention has a few true partners among thousands: 2·10⁻⁴ (the untrained default was 10⁻⁴, which needed
     * more evidence than a nickname and a shared phone give).
     */
    static final double LAMBDA = 2e-4;
    /** Probability at or above which a mention joins a person. */
    static final double THRESHOLD = 0.9;
    /**
     * Term frequencies are smoothed by this many pseudo-mentions, so that a name common in the index soon
     * counts for less than a rare one (the library's default for a young index, 50,000, hides much of that in a town of ten thousand mentions).
     */
    static final double TERM_FREQUENCY_PRIOR = 20_000;
    /**
     * At most this many of the mentions sharing one value, the most recent, are candidates: a takeaway every
     * suspect visits or a common first name still finds the recent mentions that share it, and an add costs at
     * most this many scorings per key.
     */
    static final int MAX_BLOCK = 100;
    /**
     * Mentions up to which {@link #LAMBDA} holds; beyond, it falls in proportion to the mentions linked so far
     * ({@link LinkageIndex.Options#withPriorFallingFrom}). λ was set on towns of 3,000 concerns, about 7,600 mentions.
     * On a generated town of 100,000 concerns in twenty districts a fixed λ joined namesakes across districts: a
     * sports coach with an offender of the same full name, 29 benign adults flagged in all. With λ falling from
     * 10,000 mentions, one was, with the same offender recall; on one of seven towns of 12,000 concerns two were where
     * none had been (docs/decisions/linkage-mentions.md, eleventh round).
     */
    static final int PRIOR_FALLS_FROM = 10_000;
    /**
     * A concern naming more people than this is a list (a school's roll, a party's guests, the occupants of a house
     * searched): being named in it together says little, so its mentions are not compared by the others as companions,
     * only kept apart from them. Each would otherwise carry all the others, compared pair by pair in time that grows
     * with the square of the list: a roll of 2,000 took over ten minutes to replay. The towns' concerns name at most six.
     */
    static final int MOST_NAMED_WITH_COMPANIONS = 20;
    /**
     * A mention must agree with a person on one of these (a level of positive weight) to join it: an address,
     * a place or the people named alongside support a link but never make one alone.
     */
    static final Set<Field> IDENTIFYING = EnumSet.of(Field.GIVEN_NAME, Field.SURNAME, Field.BIRTH, Field.PHONE,
            Field.VRM, Field.EMAIL, Field.IDENTIFIER);

    /**
     * What tells two members of one household apart when their given names disagree: a household shares its surname,
     * address, postcode and often a landline, and twins share a date of birth, so two mentions with different given
     * names under one surname are relatives unless they share one of these (see {@link LinkageIndex.Options#personal}).
     */
    static final Set<Field> PERSONAL = EnumSet.of(Field.PHONE, Field.VRM, Field.EMAIL, Field.IDENTIFIER);

    /**
     * A mention whose strongest links, within this many bits of each other, go to two persons that contradict each other
     * where it says nothing (a father and a son of one name and address, told apart by their dates of birth, and a
     * mention with no date) is a person of its own: evidence eight times stronger for one of them, a phone of one, or
     * an age that contradicts the other, joins it (see {@link LinkageIndex.Options#withAmbiguityMargin}).
     */
    static final double AMBIGUOUS_WITHIN = 3;

    private final LinkageIndex index;
    /**
     * Per record number of a cluster's oldest record, the number of its person ({@code P-000042} is 42), 0 for none:
     * a map from the root's id to the person's id cost about 90 bytes a person.
     */
    private int[] personOfRoot = new int[1024];
    private int nextPerson = 1;
    /** For each mention split off or kept by a person's split, the mentions it must never share a person with. */
    private final Map<String, List<String>> apartFrom = new HashMap<>();
    /** For each mention split off a person, the numbers its splits reserved for the part it went to, in order. */
    private final Map<String, List<Integer>> reservedFor = new HashMap<>();
    /** Every number a split reserved: the sequence of new persons passes over them. */
    private final Set<Integer> reserved = new HashSet<>();
    /** The reserved numbers given to a person so far. */
    private final Set<Integer> given = new HashSet<>();

    /** An index with no splits. */
    public PersonIndex() {
        this(List.of());
    }

    /**
     * An index that obeys {@code splits}, persons' decisions that mentions linked as one person were two: each mention
     * of a split's one side is kept apart from each of its other side wherever they arrive, in every replay, and the
     * first mention of a split-off side to start a person of its own takes the id the split gave it, so that the ids of
     * other persons do not move. A split that a later decision among {@code splits} takes back is not obeyed.
     */
    public PersonIndex(List<PersonSplit> splits) {
        this.index = new LinkageIndex(model(), options());
        for (PersonSplit split : splits) {
            if (!split.readable()) {
                throw new IllegalStateException("the split of " + split.person() + " at log entry " + split.leaf()
                        + " no longer reads as a decision; run vigil verify");
            }
            // A split taken back keeps its id reserved, so that no other person's id moves when it is taken back.
            reserved.add(personNumber(split.newPerson()));
        }
        for (PersonSplit split : PersonSplits.inForce(splits)) {
            for (String s : split.splitOff()) {
                apartFrom.computeIfAbsent(s, k -> new ArrayList<>()).addAll(split.rest());
                reservedFor.computeIfAbsent(s, k -> new ArrayList<>()).add(personNumber(split.newPerson()));
            }
            for (String r : split.rest()) {
                apartFrom.computeIfAbsent(r, k -> new ArrayList<>()).addAll(split.splitOff());
            }
        }
    }

    /** An index that obeys the splits stored in {@code store}, empty of mentions. */
    public static PersonIndex forStore(ConcernStore store) {
        List<PersonSplit> splits = new ArrayList<>();
        store.forEachSplit(splits::add);
        return new PersonIndex(splits);
    }

    /**
     * A stated age is a witness's estimate, good to this share of itself: ages further apart than the library's
     * four years but within 30% of the older one are {@code age_close}, not a contradiction. Reports guess a
     * man's age ("about 30", "in his forties"), and one man's estimates in the town's reports lie up to fifteen
     * years apart; a child's age is usually known, and 30% of a child's age is under the four years anyway.
     */
    static final double AGE_ESTIMATE_SHARE = 0.3;

    /**
     * Mentions named as suspected (suspect, associate) and as reporting (reporter, witness): of two mentions of one
     * person that are each one or the other, 3% are one of each; of two mentions of different people, 47% (counted on
     * the truth of vigil-town seeds 2 and 43 and SecondTown seeds 14 and 17, which agree to within 0.015). The model
     * gives m 0.97 and 0.03 for alike and different, and u 0.97 and 0.47, which {@link LinkageModel#withU} normalises
     * to 0.674 and 0.326: two mentions named differently weigh -3.44 bits, two named alike +0.53. The counted u (0.53
     * and 0.47: +0.87 and -3.97 bits) lowered mention precision on the towns more (docs/decisions/linkage-mentions.md,
     * twelfth round).
     */
    static final double ROLE_ELSE_M = 0.03;
    static final double ROLE_ALIKE_U = 0.97;
    static final double ROLE_ELSE_U = 0.47;

    /**
     * The mention model: the library's mention comparisons, ages as estimates ({@link #AGE_ESTIMATE_SHARE}), two full
     * dates of birth that are not one date written wrongly as two people's however close their years (two girls of
     * one name, born 1992-08-14 and 1994-04-18, were one person), the agency of a reporter or witness compared as an
     * occupation (exact, term-frequency adjusted: a teacher named in seventy reports of her school was sixty
     * persons, since two mentions of one full name alone are a coin toss at this prior, and a reporter of another
     * agency is likely another person), the role each mention was named in ({@link MentionRecords#roleClass}: a
     * teacher reporting about a girl is seldom the man of her first name suspected about her), and this index's prior
     * and term-frequency smoothing.
     */
    static LinkageModel model() {
        List<Comparison> comparisons = new ArrayList<>();
        for (Comparison c : Comparisons.defaultsFor(LinkageIndex.MENTION_FIELDS)) {
            comparisons.add(c.field() == Field.BIRTH ? Comparisons.birth(AGE_ESTIMATE_SHARE, true) : c);
        }
        comparisons.add(Comparisons.exact(Field.OCCUPATION, true));
        comparisons.add(Comparisons.exact(Field.ROLE, false));
        int role = comparisons.size() - 1;
        return LinkageModel.withPriors(comparisons, LAMBDA).withTermFrequencyPrior(TERM_FREQUENCY_PRIOR)
                .withM(role, new double[] {0, 1 - ROLE_ELSE_M, ROLE_ELSE_M})
                .withU(role, new double[] {0, ROLE_ALIKE_U, ROLE_ELSE_U});
    }

    /**
     * Levels that forbid a join: a date of birth or an age that cannot be one person's, a different sex, and two
     * surnames with nothing in common (not equal, not a typo, not a sound-alike, not one of the other's aliases).
     * The last is the mention guard's own: a mother and a daughter who share a first name and an address, written
     * once with no surname, must not join "Sarah Campbell" to "Sarah Parker". It costs a woman whose reports give
     * her maiden and her married name: those stay two persons until a report gives both.
     */
    static final Set<String> CONTRADICTIONS = Set.of("birth:else", "sex:else", "surname:else");

    /** Share of a join's cross pairs that must support it (see {@link #guard()}). */
    static final double MIN_SUPPORT = 0.67;

    /**
     * The guard for mentions. Contradictions ({@link #CONTRADICTIONS}) forbid a join as everywhere. But mentions
     * carry one to three fields each, so two mentions of one man rarely reach the threshold against each other
     * ("Mr Sharma" against "Florin Sharma, taxi R927 EMY"): a cross pair counts as support when the evidence is for
     * the join (probability at least 0.01, fifty times the prior), two thirds of the cross pairs must support,
     * and a low weight alone is no veto (a street name against a real name weighs −5 bits, and is still the same
     * man). Two thirds rather than half: with ages read as estimates, two men of one network who share a
     * nickname, a phone and a flat are kept apart only by the mentions of each that the other's do not support.
     */
    static ClusterGuard guard() {
        return new ClusterGuard(THRESHOLD, MIN_SUPPORT, 0, 400, CONTRADICTIONS).withSupportProbability(0.01);
    }

    static LinkageIndex.Options options() {
        return LinkageIndex.Options.forMentions().withGuard(guard()).withMaxBlockSize(MAX_BLOCK).withIdentifying(IDENTIFYING)
                .withPriorFallingFrom(PRIOR_FALLS_FROM)
                .withExplainMatches(false).withResolvedCompanions(true).withLearnedNames(true)
                .withPersonal(PERSONAL).withFrequenciesAmongOthers(true).withAmbiguityMargin(AMBIGUOUS_WITHIN);
    }

    /** A new index holding every concern already in the store, linked in log order, obeying its splits. */
    public static PersonIndex rebuild(ConcernStore store) {
        return linkAll(store, forStore(store));
    }

    /** Links every concern in {@code store} into {@code people}, in log order; returns {@code people}. */
    static PersonIndex linkAll(ConcernStore store, PersonIndex people) {
        people.linkStored(store, 0);
        return people;
    }

    /**
     * Links every concern stored in {@code store} at leaf {@code from} or later, in log order, as they were linked when
     * stored; returns the leaf after the last record read, or {@code from} if there was none.
     */
    public long linkStored(ConcernStore store, long from) {
        RecordParser parser = new RecordParser();
        long[] next = {from};
        store.forEachRecordFrom(from, r -> {
            next[0] = r.leaf() + 1;
            if (r.type().equals("concern")) {
                link(List.of(r.parse(parser)));
            }
        });
        return next[0];
    }

    /** Links every mention of the concerns among {@code batch}, in order, and says what changed. */
    public PersonChanges link(List<Submission> batch) {
        List<PersonChanges.Merge> merges = new ArrayList<>();
        // Each new mention, in the order added, with its person once its concern was linked, before later concerns,
        // and its record number, which gives its person again at the end without looking the key up.
        List<PersonLink> asLinked = new ArrayList<>();
        List<Integer> records = new ArrayList<>();
        for (Submission submission : batch) {
            ParsedRecord record = submission.record();
            if (!(record instanceof Concern concern)) {
                continue;
            }
            List<Subject> subjects = concern.subjects();
            boolean roll = subjects.size() > MOST_NAMED_WITH_COMPANIONS;
            List<String> companions = new ArrayList<>();
            int[] recordOf = new int[subjects.size()];
            for (int i : linkingPositions(subjects)) {
                Subject subject = subjects.get(i);
                String corrected = concern.amends() == null ? null : subject.mentionKey(concern.amends());
                String key = subject.mentionKey(concern.id());
                List<String> others = corrected == null ? companions : withCorrectedOthers(companions, concern, subject);
                List<String> apart = apartFrom.getOrDefault(key, List.of());
                LinkageIndex.Added a = index.add(MentionRecords.of(concern, subject, roll ? List.of() : others), corrected,
                        roll ? union(apart, others) : apart);
                recordOf[i] = a.record();
                int root = index.clusterOf(a.record());
                if (root >= personOfRoot.length) {
                    personOfRoot = Arrays.copyOf(personOfRoot, Math.max(root + 1, personOfRoot.length * 2));
                }
                if (personOfRoot[root] == 0) {
                    personOfRoot[root] = newPerson(key);
                }
                int person = personOfRoot[root];
                for (String mergedRoot : a.mergedClusterIds()) {
                    int merged = index.indexOf(mergedRoot);
                    int retired = personOfRoot[merged];
                    personOfRoot[merged] = 0;
                    if (retired != 0 && retired != person) {
                        merges.add(new PersonChanges.Merge(personId(person), personId(retired), key, concern.received()));
                    }
                }
                // On a roll the others are not compared as companions, but still kept apart: one report, two people.
                companions.add(roll ? key : a.clusterId());
            }
            for (int i = 0; i < subjects.size(); i++) {
                asLinked.add(new PersonLink(subjects.get(i).mentionKey(concern.id()), personOfRecord(recordOf[i])));
                records.add(recordOf[i]);
            }
        }
        List<PersonLink> links = new ArrayList<>(asLinked.size());
        for (int i = 0; i < asLinked.size(); i++) {
            links.add(new PersonLink(asLinked.get(i).mention(), personOfRecord(records.get(i))));
        }
        return new PersonChanges(links, merges, asLinked);
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (a.isEmpty()) {
            return b;
        }
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * A correction names its subjects under the refs of the report it corrects: {@code subject} is the subject of its
     * own ref there, and the subjects of the other refs there are its companions, kept apart from it. Without that,
     * the two versions' shared companions made a mother of the first version and her daughter in the second one
     * person (vigil-town seed 40).
     */
    private List<String> withCorrectedOthers(List<String> companions, Concern concern, Subject subject) {
        List<String> with = new ArrayList<>(companions);
        for (Subject other : concern.subjects()) {
            String key = other.mentionKey(concern.amends());
            if (other != subject && index.indexOf(key) >= 0) {
                with.add(key);
            }
        }
        return with;
    }

    /**
     * The order in which a concern's subjects are linked: those named in full (given name and surname) first, so
     * that a subject named only by a nickname or a first name is linked knowing who the others are.
     */
    static List<Subject> linkingOrder(List<Subject> subjects) {
        List<Subject> order = new ArrayList<>(subjects.size());
        for (int i : linkingPositions(subjects)) {
            order.add(subjects.get(i));
        }
        return order;
    }

    /** The positions in {@code subjects} of {@link #linkingOrder}. */
    private static int[] linkingPositions(List<Subject> subjects) {
        int[] order = new int[subjects.size()];
        int[] rest = new int[subjects.size()];
        int n = 0;
        int r = 0;
        for (int i = 0; i < subjects.size(); i++) {
            if (MentionRecords.namedInFull(subjects.get(i))) { // each name parsed once
                order[n++] = i;
            } else {
                rest[r++] = i;
            }
        }
        System.arraycopy(rest, 0, order, n, r);
        return order;
    }

    /**
     * The number of a person that {@code key}, a mention, starts: the number a split reserved for it, if it was split
     * off and that number is not taken yet, else the next number no split reserved.
     */
    private int newPerson(String key) {
        List<Integer> numbers = reservedFor.get(key);
        if (numbers != null) {
            for (int n : numbers) {
                if (given.add(n)) {
                    return n;
                }
            }
        }
        while (reserved.contains(nextPerson)) {
            nextPerson++;
        }
        return nextPerson++;
    }

    /** An id that no person of this index has or will be given by the splits it obeys: the id a new split reserves. */
    @Override
    public String unusedPersonId() {
        int n = nextPerson;
        for (int r : reserved) {
            n = Math.max(n, r + 1);
        }
        return personId(n);
    }

    /** 42 for {@code P-000042}. */
    static int personNumber(String personId) {
        if (!personId.startsWith("P-")) {
            throw new IllegalArgumentException("not a person id: " + personId);
        }
        return Integer.parseInt(personId.substring(2));
    }

    /** The person a mention belongs to now, or null if the mention is unknown. */
    @Override
    public String personOf(String mentionKey) {
        int record = index.indexOf(mentionKey);
        return record < 0 ? null : personOfRecord(record);
    }

    /** The person of the index's record number {@code record} now, or null. */
    private String personOfRecord(int record) {
        int person = personOfRoot[index.clusterOf(record)];
        return person == 0 ? null : personId(person);
    }

    /** {@code P-000042}: as {@code String.format("P-%06d", number)}, which costs a microsecond a mention. */
    static String personId(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 6 ? "P-" + digits : "P-" + "000000".substring(digits.length()) + digits;
    }

    /** The mentions of the person that {@code mentionKey} belongs to, oldest first. */
    @Override
    public List<String> mentionsWith(String mentionKey) {
        return index.clusterMembers(mentionKey);
    }

    /** The waterfall of match weights between two mentions, both already linked. */
    public Waterfall explain(String a, String b) {
        return index.explain(a, b);
    }

    /**
     * Why two mentions are different persons though their waterfall reaches the threshold: split apart by a person's
     * decision, or the index's reason ({@link LinkageIndex#whyApart}), such as being named in one report.
     */
    public Optional<String> whyApart(String a, String b) {
        if (personOf(a) == null || personOf(a).equals(personOf(b))) {
            return Optional.empty();
        }
        Optional<String> byIndex = index.whyApart(a, b);
        if (byIndex.isPresent() && (apartFrom.getOrDefault(a, List.of()).contains(b)
                || apartFrom.getOrDefault(b, List.of()).contains(a))) {
            return Optional.of("a person's split: someone decided these are two people, with a reason that is logged");
        }
        return byIndex;
    }

    /**
     * How many mentions of the earlier mention's person {@link #explain}'s term frequencies leave out, so that they are
     * how often someone else holds each value: 0 unless that person has many mentions.
     */
    public int leftOutOfFrequencies(String a, String b) {
        return index.leftOutOfFrequencies(a, b);
    }

    /**
     * Bits by which the prior of {@link #explain}'s waterfall is below the model's own: 0 unless the index held more
     * than {@link #PRIOR_FALLS_FROM} mentions when the later of the two was linked.
     */
    public double priorShift(String a, String b) {
        return index.priorShift(a, b);
    }

    public int mentions() {
        return index.size();
    }
}
