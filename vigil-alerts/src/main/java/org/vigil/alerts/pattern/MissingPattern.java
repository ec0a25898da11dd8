package org.vigil.alerts.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.alerts.evidence.Indicators;
import org.vigil.alerts.state.ByPerson;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.ConcernRecord;
import org.vigil.alerts.state.PersonRecord;

/**
 * {@code missing_pattern}: a child reported missing in at least {@link Thresholds#missingEpisodes()} reports, at
 * least {@link Thresholds#missingAround()} of which put an adult or a vehicle around the episode: an adult named as a
 * suspect, or as the child's associate, a vehicle named with a suspect, or a transport indicator
 * ({@link Indicators#TRANSPORTED}). A child who runs away after rows at home, with only her parent or carer named as
 * reporter, is not this pattern. Only suspects named in exploitation evidence are listed as the alert's suspects.
 */
public final class MissingPattern {
    private final Thresholds thresholds;
    /**
     * Per child root, what the last assessment rested on: the missing episodes, the person merges, the amendments to
     * the child's reports and the held reports released (which can make a suspect of an episode count). While these
     * stay the same, so does the finding, and the alert (if any) has already been raised or updated on it. A merge
     * of persons other than the child and the suspects named in its episodes (whose records say whether they count)
     * changes none of it.
     */
    private final ByPerson<Seen> seen = new ByPerson<>();

    private static final class Seen {
        final int missing;
        final int amendments;
        final int released;
        /** The person merges when this was last known to be current. */
        int merges;
        /**
         * The roots of every suspect named in a version of the episodes, each once, if the pattern held: otherwise it
         * failed on counts of reports, which no merge changes.
         */
        final org.vigil.alerts.state.IntList suspects = new org.vigil.alerts.state.IntList();

        Seen(int missing, int merges, int amendments, int released) {
            this.missing = missing;
            this.merges = merges;
            this.amendments = amendments;
            this.released = released;
        }
    }

    public MissingPattern(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public static String subject(int child) {
        return "child:" + child;
    }

    public Optional<Finding> assess(Casebook book, int person) {
        int child = book.persons.find(person);
        PersonRecord record = book.persons.record(child);
        int merges = book.persons.merges();
        Seen last = seen.get(child);
        if (last != null && last.missing == record.missing.size() && last.amendments == record.amendments
                && last.released == book.suspicion.released() && (last.merges == merges
                        || !book.persons.mergedSince(child, last.merges)
                        && !book.persons.anyMergedSince(last.suspects, last.merges))) {
            last.merges = merges;
            return Optional.empty();
        }
        Seen now = new Seen(record.missing.size(), merges, record.amendments, book.suspicion.released());
        seen.put(child, now);
        TreeSet<Integer> episodes = Reports.of(book, record.missing);
        if (episodes.size() < thresholds.missingEpisodes()) {
            return Optional.empty();
        }
        TreeSet<Integer> around = new TreeSet<>();
        int withSuspects = 0;
        int withVehicles = 0;
        int withAssociates = 0;
        TreeSet<String> transport = new TreeSet<>();
        TreeSet<Integer> associates = new TreeSet<>();
        java.util.Set<Integer> named = new java.util.HashSet<>();
        for (int r : episodes) {
            boolean any = false;
            for (int v : Reports.versions(book, Set.of(r))) {
                ConcernRecord c = book.concerns.get(v);
                for (int suspect : c.suspects) {
                    named.add(book.persons.find(suspect));
                }
                boolean s = c.suspects.length > 0;
                boolean car = c.vehicles.length > 0;
                boolean associate = adultAssociates(book, c, child, associates);
                List<String> t = c.exploitation.specific().stream().filter(Indicators.TRANSPORTED::contains).toList();
                withSuspects += s ? 1 : 0;
                withVehicles += car ? 1 : 0;
                withAssociates += associate ? 1 : 0;
                transport.addAll(t);
                any |= s || car || associate || !t.isEmpty();
            }
            if (any) {
                around.add(r);
            }
        }
        if (around.size() < thresholds.missingAround()) {
            return Optional.empty();
        }
        named.forEach(now.suspects::add);
        TreeSet<Integer> suspects = Dismissed.suspectsOf(book, episodes);
        suspects.remove(child);
        associates.removeAll(suspects);
        Evidence evidence = new Evidence()
                .facts("episodes", Reports.ids(book, episodes))
                .suspects("suspects", suspects);
        int suspected = withSuspects;
        int carried = withVehicles;
        int associated = withAssociates;
        return Optional.of(new Finding(AlertKind.MISSING_PATTERN, subject(child), evidence,
                () -> details(book, child, record, episodes, around, suspects, associates, suspected, carried,
                        associated, transport)));
    }

    /**
     * Whether {@code c} names someone other than {@code child} as an associate who is not known to be a child: an
     * adult with her during the episode, whom the casebook counts as an adult beside the concern's children. Each such
     * person (as a root) is added to {@code found}: the alert lists them, since its reasons count them.
     */
    private static boolean adultAssociates(Casebook book, ConcernRecord c, int child, Set<Integer> found) {
        boolean any = false;
        for (int i = 0; i < c.mentionRoles.length; i++) {
            int p = c.mentionPersons[i];
            if (c.mentionRoles[i].equals("associate") && p >= 0 && book.persons.find(p) != child
                    && Arrays.stream(c.children).noneMatch(k -> k == p)) {
                found.add(book.persons.find(p));
                any = true;
            }
        }
        return any;
    }

    private static Finding.Details details(Casebook book, int child, PersonRecord record, TreeSet<Integer> episodes,
            TreeSet<Integer> around, TreeSet<Integer> suspects, TreeSet<Integer> associates, int withSuspects,
            int withVehicles, int withAssociates, TreeSet<String> transport) {
        List<Party> parties = new ArrayList<>();
        suspects.forEach(s -> parties.add(new Party(s, Party.SUSPECT)));
        parties.add(new Party(child, Party.CHILD));
        // The adults named as her associate in the episodes, whom the reasons count: listed as what they were named,
        // never as suspects (an associate is not accused, and may be her carer or a friend's parent).
        associates.forEach(a -> parties.add(new Party(a, "associate")));
        TreeSet<String> agencies = Reports.agencies(book, episodes);
        List<String> reasons = new ArrayList<>();
        reasons.add("reported missing in " + Reports.plural(episodes.size(), "report", "reports") + " from "
                + Reports.plural(agencies.size(), "agency", "agencies") + ", " + Reports.span(book, episodes));
        List<String> how = new ArrayList<>();
        if (withSuspects > 0) {
            how.add("an adult suspect named " + Reports.plural(withSuspects, "time", "times"));
        }
        if (withVehicles > 0) {
            how.add("a vehicle named with a suspect " + Reports.plural(withVehicles, "time", "times"));
        }
        if (withAssociates > 0) {
            how.add("an adult named as the child's associate " + Reports.plural(withAssociates, "time", "times"));
        }
        if (!transport.isEmpty()) {
            how.add("indicators " + String.join(", ", transport));
        }
        reasons.add("adults or vehicles around " + around.size() + " of the episodes: " + String.join("; ", how));
        if (record.inCare) {
            reasons.add("the child is known to be in care");
        }
        return new Finding.Details(parties, List.copyOf(episodes), reasons);
    }
}
