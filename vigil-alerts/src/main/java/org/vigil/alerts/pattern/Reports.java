package org.vigil.alerts.pattern;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.ConcernRecord;
import org.vigil.alerts.state.IntList;

/** Plain-language facts about a set of reports, shared by the patterns' reasons. */
final class Reports {
    private Reports() {
    }

    /** The reports (root indices) that these concerns belong to. */
    static TreeSet<Integer> of(Casebook book, IntList concerns) {
        TreeSet<Integer> roots = new TreeSet<>();
        for (int i = 0; i < concerns.size(); i++) {
            roots.add(book.concerns.get(concerns.get(i)).root);
        }
        return roots;
    }

    /** The children these concerns name, as person roots, leaving out {@code except}. */
    static TreeSet<Integer> children(Casebook book, Collection<Integer> concerns, Set<Integer> except) {
        TreeSet<Integer> children = new TreeSet<>();
        for (int c : concerns) {
            for (int child : book.concerns.get(c).children) {
                int p = book.persons.find(child);
                if (!except.contains(p)) {
                    children.add(p);
                }
            }
        }
        return children;
    }

    /** Every version of these reports. */
    static TreeSet<Integer> versions(Casebook book, Collection<Integer> reports) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int r : reports) {
            IntList v = book.concerns.get(r).versions;
            for (int i = 0; i < v.size(); i++) {
                out.add(v.get(i));
            }
        }
        return out;
    }

    static TreeSet<String> agencies(Casebook book, Collection<Integer> reports) {
        // Thousands of reports come from a handful of agencies: each is looked up by hash, and only those are sorted.
        Set<String> out = new HashSet<>();
        for (int r : reports) {
            out.add(book.concerns.get(r).agency);
        }
        return new TreeSet<>(out);
    }

    static TreeSet<String> ids(Casebook book, Collection<Integer> reports) {
        TreeSet<String> out = new TreeSet<>();
        for (int r : reports) {
            out.add(book.concerns.get(r).id);
        }
        return out;
    }

    /** "2001-05-04 to 2003-07-14", or one date. */
    static String span(Casebook book, Collection<Integer> reports) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int r : reports) {
            long t = book.concerns.get(r).received;
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        return span(first, last);
    }

    static String span(long first, long last) {
        return first == last ? date(first) : date(first) + " to " + date(last);
    }

    /** What the current versions of these reports allege: "older_partner ×3, gifts ×2; offences 22B ×1". */
    static String alleged(Casebook book, Collection<Integer> reports) {
        // Counted in hash maps (the order is made by counted()), which is much cheaper than merging into sorted maps.
        Map<String, int[]> indicators = new java.util.HashMap<>();
        Map<String, int[]> offences = new java.util.HashMap<>();
        for (int r : reports) {
            ConcernRecord c = book.concerns.current(r);
            for (String i : c.exploitation.specific()) {
                indicators.computeIfAbsent(i, k -> new int[1])[0]++;
            }
            for (String o : c.exploitation.offences()) {
                offences.computeIfAbsent(o, k -> new int[1])[0]++;
            }
        }
        return alleged(indicators, offences);
    }

    /** As {@link #alleged(Casebook, Collection)}, from counts of indicators and offences. */
    static String alleged(Map<String, int[]> indicators, Map<String, int[]> offences) {
        String i = counted(totals(indicators));
        String o = counted(totals(offences));
        return i.isEmpty() && o.isEmpty() ? "no specific indicators or exploitation offences"
                : i.isEmpty() ? "offences " + o : o.isEmpty() ? i : i + "; offences " + o;
    }

    /** The exploitation offences these reports allege. */
    static TreeSet<String> offences(Casebook book, Collection<Integer> reports) {
        TreeSet<String> out = new TreeSet<>();
        for (int r : reports) {
            out.addAll(book.concerns.current(r).exploitation.offences());
        }
        return out;
    }

    static String date(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC).toString();
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static Map<String, Integer> totals(Map<String, int[]> counts) {
        Map<String, Integer> out = new java.util.HashMap<>();
        counts.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    static String counted(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(out.length() > 0 ? ", " : "").append(e.getKey()).append(" ×").append(e.getValue()));
        return out.toString();
    }

    /** Up to {@code max} items and "and N more". */
    static String some(List<String> items, int max) {
        return some(items.subList(0, Math.min(max, items.size())), max, items.size());
    }

    /** As {@link #some(List, int)}, given the first {@code max} of {@code size} items (all of them, if fewer). */
    static String some(List<String> first, int max, int size) {
        if (size <= max) {
            return String.join(", ", first);
        }
        return String.join(", ", first.subList(0, max)) + " and " + (size - max) + " more";
    }
}
