package org.vigil.bench.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.vigil.linkage.csv.CsvLinkage;
import org.vigil.linkage.csv.LinkOptions;

/**
 * A seeded person table of households, for the linkage's hardest confusion: relatives of one address. People live in
 * households of 1–5 that share a surname, an address and a postcode: single adults, couples, parents with children,
 * twins (one date of birth, two given names), a grandparent; a child is sometimes named after a parent ("Daniel Smith"
 * and his son), and a younger sibling's name is sometimes one that sounds like the elder's ("jon"/"joan"). Dates of
 * birth follow the role: parents born 1950–1995, children 20–40 years after the mother, a year or more apart unless
 * twins, grandparents 20–35 years before the parent. About 40% of people have 1–3 duplicates, each with 1–3
 * corruptions: a typo in a name, a nickname, day and month swapped or a digit mistyped in the date of birth, a missing
 * value, a new address (moved), a changed phone. Names, streets, towns and postcodes are drawn from the original
 * ({@code -org}) records of the FEBRL files, so every person is synthetic.
 *
 * <p>Two variants are written and linked with {@code vigil link}'s defaults: {@code households.csv} with no phone, and
 * {@code households_phone.csv} with one (a mobile for most adults and teenagers, the household's landline otherwise).
 * Ground truth is {@code households_truth.csv} ({@code rec_id,person}); pairs are scored as {@link PublicSets} scores.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.vigil.bench.linkage.HouseholdTable [FEBRL_DIR] [OUT_DIR] [RECORDS]
 * [SEED]} (default {@code /work/shared/data/linkage/febrl}, a temporary directory, 20,000, 42).
 */
public final class HouseholdTable {
    /** The generator's diminutives and three more. */
    private static final Map<String, String> NICKNAMES = withMore(FebrlStyleGenerator.NICKNAMES,
            Map.of("jonathan", "jon", "stephen", "steve", "margaret", "maggie"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** One person: what does not change, and what a move or a new phone changes. */
    private record Person(int id, String given, String surname, LocalDate born, String address, String town,
            String postcode, String phone) {
    }

    private final List<String> given = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();
    private final List<String> streets = new ArrayList<>();
    private final List<String[]> places = new ArrayList<>();
    private final SplittableRandom random;
    private int people;

    HouseholdTable(Path febrlDir, long seed) throws IOException {
        this.random = new SplittableRandom(seed);
        FebrlStyleGenerator.forEachOriginal(febrlDir, c -> {
            FebrlStyleGenerator.add(given, c[1]); // with its frequency
            FebrlStyleGenerator.add(surnames, c[2]);
            FebrlStyleGenerator.add(streets, c[4]);
            if (!c[6].isBlank() && !c[7].isBlank()) {
                places.add(new String[] {c[6].trim(), c[7].trim()});
            }
        });
    }

    private static Map<String, String> withMore(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new HashMap<>(a);
        all.putAll(b);
        return Map.copyOf(all);
    }

    public static void main(String[] args) throws Exception {
        Path febrl = Path.of(args.length > 0 ? args[0] : "/work/shared/data/linkage/febrl");
        Path out = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("vigil-households-");
        int records = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Map<String, String> truth = new HouseholdTable(febrl, seed).write(out, records);
        for (String variant : List.of("households.csv", "households_phone.csv")) {
            Path pairs = out.resolve(variant.replace(".csv", "_pairs.csv"));
            long t0 = System.nanoTime();
            CsvLinkage.run(LinkOptions.of(out.resolve(variant), null, "rec_id", pairs));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            double[] q = PublicSets.quality(List.of(truth), pairs);
            System.out.printf(Locale.ROOT, "%-32s P %.4f  R %.4f  F1 %.4f  (%d pairs written, %d true)  %d ms%n", variant,
                    q[0], q[1], q[2], (long) q[3], (long) q[4], ms);
        }
        System.out.println("files in " + out);
    }

    /** Writes both variants and the truth file to {@code dir}; returns each record's person. */
    Map<String, String> write(Path dir, int records) throws IOException {
        Map<String, String> truth = new HashMap<>();
        try (BufferedWriter plain = Files.newBufferedWriter(dir.resolve("households.csv"), StandardCharsets.UTF_8);
                BufferedWriter phone = Files.newBufferedWriter(dir.resolve("households_phone.csv"), StandardCharsets.UTF_8);
                BufferedWriter t = Files.newBufferedWriter(dir.resolve("households_truth.csv"), StandardCharsets.UTF_8)) {
            plain.write("rec_id,first_name,surname,dob,address,town,postcode\n");
            phone.write("rec_id,first_name,surname,dob,address,town,postcode,phone\n");
            t.write("rec_id,person\n");
            List<String[]> rows = new ArrayList<>();
            while (rows.size() < records) {
                for (Person p : household()) {
                    rows.add(row(p));
                    int dups = duplicates();
                    for (int k = 0; k < dups; k++) {
                        rows.add(corrupt(row(p)));
                    }
                }
            }
            // Shuffled, so that file order says nothing; ids are opaque.
            for (int i = rows.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                String[] x = rows.get(i);
                rows.set(i, rows.get(j));
                rows.set(j, x);
            }
            for (int i = 0; i < Math.min(records, rows.size()); i++) {
                String[] r = rows.get(i);
                String id = "r" + (100_000 + i);
                truth.put(id, r[0]);
                t.write(id + "," + r[0] + "\n");
                plain.write(id + "," + String.join(",", List.of(r).subList(1, 7)) + "\n");
                phone.write(id + "," + String.join(",", List.of(r).subList(1, 8)) + "\n");
            }
        }
        return truth;
    }

    /** One household of 1–5 people at one address. */
    private List<Person> household() {
        String surname = pick(surnames);
        String[] place = places.get(random.nextInt(places.size()));
        String address = (1 + random.nextInt(200)) + " " + pick(streets);
        String landline = random.nextDouble() < 0.6 ? phone() : "";
        List<Person> h = new ArrayList<>();
        double kind = random.nextDouble();
        LocalDate first = date(1950, 1995);
        h.add(person(pick(given), surname, first, address, place, adultPhone(landline)));
        if (kind < 0.25) {
            return h; // a single adult
        }
        List<String> names = new ArrayList<>(List.of(h.get(0).given()));
        LocalDate partner = first.plusDays(random.nextInt(-8 * 365, 8 * 365));
        h.add(person(other(names), surname, partner, address, place, adultPhone(landline)));
        names.add(h.get(1).given());
        if (kind < 0.40) {
            return h; // a couple
        }
        int children = 1 + random.nextInt(3);
        LocalDate mother = partner.isAfter(first) ? partner : first;
        LocalDate born = mother.plusDays(random.nextInt(20 * 365, 32 * 365));
        for (int c = 0; c < children && !born.isAfter(TODAY); c++) {
            String name;
            double n = random.nextDouble();
            if (n < 0.08) {
                name = h.get(random.nextInt(2)).given(); // named after a parent
            } else if (n < 0.20 && c > 0) {
                name = alike(h.get(h.size() - 1).given(), names); // sounds like the elder
            } else {
                name = other(names);
            }
            names.add(name);
            h.add(person(name, surname, born, address, place, age(born) >= 13 ? adultPhone(landline) : landline));
            if (c + 1 < children && random.nextDouble() < 0.12) {
                // twins: the same date of birth, another name
                String twin = random.nextDouble() < 0.3 ? alike(name, names) : other(names);
                names.add(twin);
                h.add(person(twin, surname, born, address, place, age(born) >= 13 ? adultPhone(landline) : landline));
                c++;
            }
            born = born.plusDays(random.nextInt(365, 6 * 365));
        }
        if (h.size() < 5 && random.nextDouble() < 0.15) {
            LocalDate grand = first.minusDays(random.nextInt(20 * 365, 35 * 365));
            h.add(person(other(names), surname, grand, address, place, landline));
        }
        return h;
    }

    private Person person(String g, String surname, LocalDate born, String address, String[] place, String phone) {
        return new Person(people++, g, surname, born, address, place[0], place[1], phone);
    }

    private String adultPhone(String landline) {
        return random.nextDouble() < 0.8 ? phone() : landline;
    }

    private String phone() {
        return "07" + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
    }

    private static int age(LocalDate born) {
        return java.time.Period.between(born, TODAY).getYears();
    }

    /** A given name not yet in {@code names}. */
    private String other(List<String> names) {
        String g;
        do {
            g = pick(given);
        } while (names.contains(g));
        return g;
    }

    /**
     * Another given name that begins as {@code name} does (its first two letters, and as long within two letters):
     * "jon"/"joan", "mary"/"marie", "stephen"/"stephanie". Any other name when the pool has none.
     */
    private String alike(String name, List<String> names) {
        List<String> like = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String g = pick(given);
            if (!names.contains(g) && g.length() > 2 && name.length() > 2 && g.startsWith(name.substring(0, 2))
                    && Math.abs(g.length() - name.length()) <= 2) {
                like.add(g);
            }
        }
        return like.isEmpty() ? other(names) : like.get(random.nextInt(like.size()));
    }

    private LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt((toYear - fromYear + 1) * 365));
    }

    private int duplicates() {
        double x = random.nextDouble();
        return x < 0.60 ? 0 : x < 0.85 ? 1 : x < 0.95 ? 2 : 3;
    }

    /** person, given name, surname, date of birth (dd/mm/yyyy), address, town, postcode, phone. */
    private static String[] row(Person p) {
        return new String[] {Integer.toString(p.id()), p.given(), p.surname(),
                String.format(Locale.ROOT, "%02d/%02d/%04d", p.born().getDayOfMonth(), p.born().getMonthValue(),
                        p.born().getYear()), p.address(), p.town(), p.postcode(), p.phone()};
    }

    private String[] corrupt(String[] r) {
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(10)) {
                case 0, 1 -> r[1] = typo(r[1]);
                case 2 -> r[2] = typo(r[2]);
                case 3 -> r[1] = NICKNAMES.getOrDefault(r[1], r[1]);
                case 4 -> r[3] = swapped(r[3]);
                case 5 -> r[3] = digit(r[3]);
                case 6 -> r[1 + random.nextInt(7)] = ""; // a missing value
                case 7 -> { // moved
                    String[] place = places.get(random.nextInt(places.size()));
                    r[4] = (1 + random.nextInt(200)) + " " + pick(streets);
                    r[5] = place[0];
                    r[6] = place[1];
                }
                case 8 -> r[7] = r[7].isEmpty() ? r[7] : phone();
                default -> r[4] = typo(r[4]);
            }
        }
        return r;
    }

    private String swapped(String dmy) {
        if (dmy.length() != 10 || Integer.parseInt(dmy.substring(0, 2)) > 12) {
            return digit(dmy);
        }
        return dmy.substring(3, 5) + "/" + dmy.substring(0, 2) + dmy.substring(5);
    }

    private String digit(String dmy) {
        if (dmy.length() != 10) {
            return dmy;
        }
        char[] c = dmy.toCharArray();
        int[] at = {0, 1, 3, 4, 8, 9};
        c[at[random.nextInt(at.length)]] = (char) ('0' + random.nextInt(10));
        return new String(c);
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private String typo(String s) {
        return FebrlStyleGenerator.typo(random, s, 1);
    }
}
