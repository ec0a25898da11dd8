package org.vigil.bench.linkage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.vigil.linkage.csv.CsvLinkage;
import org.vigil.linkage.csv.LinkOptions;

/**
 * Pairwise quality of {@code vigil link}, with its defaults, on FEBRL1–4 and Splink's historical_50k (the sets the
 * linkage was tuned on) and on public sets it was not tuned on: the
 * North Carolina voter files (names, town and postcode only; two of five parties, at 0%, 20% and 40% corrupted
 * records), RLdata10000 (German names, date of birth in three columns), Splink's fake_20000 (names, date of
 * birth, city, e-mail) and the FEBRL generator's C (deduplication, up to 9 copies) and F (linkage) sets of 10,000.
 * Ground truth is each set's own (see the shared data README); a pair counts once, in either order.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.vigil.bench.linkage.PublicSets [LINKAGE_DATA_DIR] [SEEDS]} (default
 * {@code /work/shared/data/linkage}, 1). With more than one seed, each set is also linked with the sampling seeds
 * 7919, 15838, ... ({@code vigil link}'s own is 42), and F1's mean, least and greatest over the seeds are printed: how
 * much of a change in F1 is the draw of u's random pairs rather than the change.
 */
public final class PublicSets {
    private PublicSets() {
    }

    /** One run: files, id column, and how to read each record's entity from its row. */
    private record PublicSet(String name, List<Path> files, String id, String truthColumn, UnaryOperator<String> entity) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/data/linkage");
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path work = Files.createTempDirectory("vigil-public-sets-");
        List<PublicSet> sets = new ArrayList<>();
        UnaryOperator<String> febrl = FebrlTruth::entity; // rec-<N>-org and rec-<N>-dup-<k> are person N
        for (String f : List.of("dataset1", "dataset2", "dataset3")) {
            sets.add(new PublicSet("FEBRL" + f.charAt(7) + " (dedupe)", List.of(dir.resolve("febrl/" + f + ".csv")),
                    "rec_id", "rec_id", febrl));
        }
        sets.add(new PublicSet("FEBRL4 (4a x 4b link)", List.of(dir.resolve("febrl/dataset4a.csv"),
                dir.resolve("febrl/dataset4b.csv")), "rec_id", "rec_id", febrl));
        sets.add(new PublicSet("historical_50k (dedupe)", List.of(dir.resolve(
                "splink/historical_figures_with_errors_50k.csv")), "unique_id", "cluster", e -> e));
        for (int ocp : new int[] {0, 20, 40}) {
            List<Path> files = new ArrayList<>();
            for (int party = 0; party < 2; party++) {
                Path f = dir.resolve("ncvr_5party/ncvr_numrec_5000_modrec_2_ocp_" + ocp + "_myp_" + party + "_nump_5.csv");
                files.add(ocp == 0 ? withHeader(f, work, "recid,givenname,surname,suburb,postcode") : f);
            }
            sets.add(new PublicSet("NCVR ocp " + ocp + " (party 0 x 1)", files, "recid", "recid", e -> e));
        }
        sets.add(new PublicSet("RLdata10000 (dedupe)", List.of(dir.resolve("rldata/RLdata10000.csv")), "rec_id", "ent_id",
                e -> e));
        sets.add(new PublicSet("fake_20000 (dedupe)", List.of(dir.resolve("splink/fake_20000_from_splink_demos.csv")),
                "unique_id", "cluster", e -> e));
        UnaryOperator<String> dsgen = e -> e.substring(0, e.length() - 1); // rec_id without its copy digit
        sets.add(new PublicSet("FEBRL dsgen C 10,000 (dedupe)", List.of(dir.resolve("febrl_dsgen/dataset_C_10000.csv")),
                "rec_id", "rec_id", dsgen));
        sets.add(new PublicSet("FEBRL dsgen F 10,000 (link)", List.of(dir.resolve("febrl_dsgen/dataset_F_org_10000.csv"),
                dir.resolve("febrl_dsgen/dataset_F_dup_10000.csv")), "rec_id", "rec_id", dsgen));
        for (PublicSet s : sets) {
            Path out = work.resolve("pairs.csv");
            long t0 = System.nanoTime();
            CsvLinkage.run(LinkOptions.of(s.files().get(0), s.files().size() > 1 ? s.files().get(1) : null, s.id(), out));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            double[] q = quality(s, out);
            System.out.printf(Locale.ROOT, "%-32s P %.4f  R %.4f  F1 %.4f  (%d pairs written, %d true)  %d ms%n", s.name(),
                    q[0], q[1], q[2], (long) q[3], (long) q[4], ms);
            if (seeds > 1) {
                StringBuilder f1s = new StringBuilder(String.format(Locale.ROOT, "%.4f", q[2]));
                double sum = q[2];
                double least = q[2];
                double most = q[2];
                for (int seed = 1; seed < seeds; seed++) {
                    LinkOptions o = LinkOptions.of(s.files().get(0), s.files().size() > 1 ? s.files().get(1) : null, s.id(), out);
                    CsvLinkage.run(new LinkOptions(o.left(), o.right(), o.idColumn(), out, o.roles(), o.threshold(), null, null,
                            null, null, 0, seed * 7919L, null));
                    double f1 = quality(s, out)[2];
                    f1s.append(String.format(Locale.ROOT, " %.4f", f1));
                    sum += f1;
                    least = Math.min(least, f1);
                    most = Math.max(most, f1);
                }
                System.out.printf(Locale.ROOT, "%-32s F1 over %d seeds: mean %.4f, least %.4f, greatest %.4f (%s)%n", "",
                        seeds, sum / seeds, least, most, f1s);
            }
        }
    }

    /** Precision, recall, F1, pairs written and true pairs. */
    private static double[] quality(PublicSet s, Path pairs) throws IOException {
        List<Map<String, String>> entityOf = new ArrayList<>();
        for (Path f : s.files()) {
            Map<String, String> m = new HashMap<>();
            for (CSVRecord r : rows(f)) {
                m.put(r.get(s.id()).trim(), s.entity().apply(r.get(s.truthColumn()).trim()));
            }
            entityOf.add(m);
        }
        return quality(entityOf, pairs);
    }

    /**
     * Precision, recall, F1, pairs written and true pairs of a pairs file, given each file's entity of every record id
     * (one map for a deduplication, two for a linkage).
     */
    static double[] quality(List<Map<String, String>> entityOf, Path pairs) throws IOException {
        long truth = truePairs(entityOf);
        Set<String> seen = new HashSet<>();
        long tp = 0;
        Map<String, String> left = entityOf.get(0);
        Map<String, String> right = entityOf.get(entityOf.size() - 1);
        for (String[] p : FebrlTruth.readPairs(pairs)) {
            String key = p[0].compareTo(p[1]) < 0 || entityOf.size() > 1 ? p[0] + "|" + p[1] : p[1] + "|" + p[0];
            if (seen.add(key) && left.get(p[0]) != null && left.get(p[0]).equals(right.get(p[1]))) {
                tp++;
            }
        }
        double precision = seen.isEmpty() ? 1 : (double) tp / seen.size();
        double recall = (double) tp / truth;
        return new double[] {precision, recall, 2 * precision * recall / (precision + recall), seen.size(), truth};
    }

    /** Pairs of records of one entity: within the one file, or across the two. */
    private static long truePairs(List<Map<String, String>> entityOf) {
        Map<String, long[]> count = new HashMap<>();
        for (int f = 0; f < entityOf.size(); f++) {
            for (String e : entityOf.get(f).values()) {
                count.computeIfAbsent(e, k -> new long[2])[f]++;
            }
        }
        long pairs = 0;
        for (long[] c : count.values()) {
            pairs += entityOf.size() == 1 ? c[0] * (c[0] - 1) / 2 : c[0] * c[1];
        }
        return pairs;
    }

    private static List<CSVRecord> rows(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                    .build().parse(r).getRecords();
        }
    }

    /** A copy of {@code f} with its first line replaced: the NCVR ocp 0 files carry the wrong header. */
    private static Path withHeader(Path f, Path work, String header) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.set(0, header);
        Path out = work.resolve(f.getFileName());
        Files.write(out, lines, StandardCharsets.UTF_8);
        return out;
    }
}
