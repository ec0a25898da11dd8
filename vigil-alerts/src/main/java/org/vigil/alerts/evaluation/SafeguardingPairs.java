package org.vigil.alerts.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The pairs that matter most for safeguarding in a mention→person assignment, beside the pairwise
 * {@link LinkageScore}: how many pairs of one offender's mentions were put together, and two merges that must not
 * happen, a benign adult with a child and a parent with a child.
 *
 * @param offenderRecall pairs of one offender's mentions put in one person, over all such pairs; 1 when no offender
 *     is mentioned twice
 * @param benignAdultWithChild pairs of mentions put in one person, one of a benign adult and one of a child (a
 *     victim or another child)
 * @param parentsWithChildren pairs of true persons put in one person ({@code "a b"}, {@code a} first in order) who
 *     share a surname and were born at least {@link #GENERATION} years apart, neither an offender: a parent and a
 *     child of one household
 */
public record SafeguardingPairs(double offenderRecall, long benignAdultWithChild,
        SortedSet<String> parentsWithChildren) {
    /** Years between the births of a parent and a child, at least. */
    public static final int GENERATION = 15;

    public SafeguardingPairs {
        parentsWithChildren = Collections.unmodifiableSortedSet(new TreeSet<>(parentsWithChildren));
    }

    /** Scores {@code assignment}, which must name a person for every mention of {@code truth}. */
    public static SafeguardingPairs of(Map<String, String> assignment, Truth truth) {
        Map<String, List<String>> predicted = new HashMap<>();
        Map<String, Integer> trueSizes = new HashMap<>();
        truth.personOf().forEach((m, p) -> {
            String assigned = assignment.get(m);
            if (assigned == null) {
                throw new IllegalArgumentException("the assignment has no person for mention " + m);
            }
            predicted.computeIfAbsent(assigned, k -> new ArrayList<>()).add(p);
            trueSizes.merge(p, 1, Integer::sum);
        });
        long offenderLinked = 0;
        long benignWithChild = 0;
        SortedSet<String> parentsWithChildren = new TreeSet<>();
        for (List<String> ps : predicted.values()) {
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    String x = ps.get(i);
                    String y = ps.get(j);
                    if (x.equals(y)) {
                        offenderLinked += truth.kindOf(x).equals(Truth.OFFENDER) ? 1 : 0;
                        continue;
                    }
                    benignWithChild += benignWithChild(truth.kindOf(x), truth.kindOf(y)) ? 1 : 0;
                    if (parentAndChild(truth.persons().get(x), truth.persons().get(y))) {
                        parentsWithChildren.add(x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
                    }
                }
            }
        }
        long offenderPairs = 0;
        for (Map.Entry<String, Integer> e : trueSizes.entrySet()) {
            long n = e.getValue();
            offenderPairs += truth.kindOf(e.getKey()).equals(Truth.OFFENDER) ? n * (n - 1) / 2 : 0;
        }
        double offenderRecall = offenderPairs == 0 ? 1.0 : offenderLinked / (double) offenderPairs;
        return new SafeguardingPairs(offenderRecall, benignWithChild, parentsWithChildren);
    }

    private static boolean benignWithChild(String a, String b) {
        boolean childA = a.equals(Truth.VICTIM) || a.equals("other_child");
        boolean childB = b.equals(Truth.VICTIM) || b.equals("other_child");
        return a.equals(Truth.BENIGN_ADULT) && childB || b.equals(Truth.BENIGN_ADULT) && childA;
    }

    /** True persons of one surname born at least {@link #GENERATION} years apart, neither an offender. */
    private static boolean parentAndChild(Truth.Person a, Truth.Person b) {
        if (a.kind().equals(Truth.OFFENDER) || b.kind().equals(Truth.OFFENDER)) {
            return false;
        }
        String x = a.name();
        String y = b.name();
        if (x.isBlank() || y.isBlank() || a.born().length() < 4 || b.born().length() < 4) {
            return false; // a truth file without names or dates of birth says nothing of households
        }
        if (!x.substring(x.lastIndexOf(' ') + 1).equals(y.substring(y.lastIndexOf(' ') + 1))) {
            return false;
        }
        return Math.abs(year(a.born()) - year(b.born())) >= GENERATION;
    }

    /** The year of a date of birth written {@code 2009-04-17}, {@code 2009-04} or {@code 2009}. */
    private static int year(String born) {
        return Integer.parseInt(born.substring(0, 4));
    }
}
