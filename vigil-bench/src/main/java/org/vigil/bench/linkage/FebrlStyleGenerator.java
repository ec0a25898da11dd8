package org.vigil.bench.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded generator of FEBRL-style person records with corrupted duplicates, for scale runs.
 *
 * <p>Values are drawn with their observed frequencies from the original ({@code -org}) records of the
 * FEBRL benchmark files: given names, surnames, street names, property names, suburbs, postcodes with
 * their states. Dates of birth are uniform over 1920–2010, SSN-like ids are 7 random digits. Each
 * original gets 0–4 duplicates (about 40% of records are duplicates), and each duplicate 1–3
 * corruptions in the manner of FEBRL's {@code dsgen}: a typo (insert, delete, substitute, transpose) in a
 * name, street, suburb or id; a missing value; given name and surname swapped; a nickname; a date of
 * birth with a mistyped digit or day and month swapped; a different house number or postcode digit.
 * Record ids are {@code rec-<entity>-org} and {@code rec-<entity>-dup-<k>}, so truth is in the id.
 */
public final class FebrlStyleGenerator {
    /** Given names and the diminutive a duplicate may carry instead. */
    static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("william", "bill"), Map.entry("robert", "bob"), Map.entry("elizabeth", "liz"), Map.entry("thomas", "tom"),
            Map.entry("james", "jim"), Map.entry("benjamin", "ben"), Map.entry("samuel", "sam"), Map.entry("daniel", "dan"),
            Map.entry("matthew", "matt"), Map.entry("joshua", "josh"), Map.entry("alexander", "alex"),
            Map.entry("jessica", "jess"), Map.entry("rebecca", "becky"), Map.entry("katherine", "kate"),
            Map.entry("christopher", "chris"), Map.entry("nicholas", "nick"), Map.entry("michael", "mike"));

    private final List<String> given = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();
    private final List<String> streets = new ArrayList<>();
    private final List<String> properties = new ArrayList<>();
    private final List<String> suburbs = new ArrayList<>();
    private final List<String[]> postcodes = new ArrayList<>();
    private final SplittableRandom random;

    /** Pools from the FEBRL files in {@code febrlDir} (dataset1–4b); randomness from {@code seed}. */
    public FebrlStyleGenerator(Path febrlDir, long seed) throws IOException {
        this.random = new SplittableRandom(seed);
        forEachOriginal(febrlDir, c -> {
            add(given, c[1]);
            add(surnames, c[2]);
            add(streets, c[4]);
            add(properties, c[5]);
            add(suburbs, c[6]);
            if (!c[7].isBlank() && !c[8].isBlank()) {
                postcodes.add(new String[] {c[7].trim(), c[8].trim()});
            }
        });
    }

    /**
     * The fields of each original record ({@code rec-N-org}) of FEBRL's dataset1–4a in {@code febrlDir}, in file
     * order: the pools synthetic tables draw their names and places from, each value as often as people have it.
     */
    static void forEachOriginal(Path febrlDir, Consumer<String[]> row) throws IOException {
        for (String f : List.of("dataset1.csv", "dataset2.csv", "dataset3.csv", "dataset4a.csv")) {
            List<String> lines = Files.readAllLines(febrlDir.resolve(f));
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                if (c.length >= 11 && c[0].trim().endsWith("-org")) {
                    row.accept(c);
                }
            }
        }
    }

    /** Adds {@code v}, trimmed, to {@code pool} unless it is blank. */
    static void add(List<String> pool, String v) {
        if (!v.isBlank()) {
            pool.add(v.trim());
        }
    }

    /** Writes {@code records} records (originals first in each entity, entities in order) to {@code csv}. */
    public int write(Path csv, int records) throws IOException {
        int written = 0;
        int entity = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("rec_id,given_name,surname,street_number,address_1,address_2,suburb,postcode,state,date_of_birth,soc_sec_id\n");
            while (written < records) {
                String[] org = original();
                write(w, "rec-" + entity + "-org", org);
                written++;
                int dups = duplicates();
                for (int k = 0; k < dups && written < records; k++) {
                    write(w, "rec-" + entity + "-dup-" + k, corrupt(org.clone()));
                    written++;
                }
                entity++;
            }
        }
        return entity;
    }

    private int duplicates() {
        double x = random.nextDouble();
        return x < 0.55 ? 0 : x < 0.80 ? 1 : x < 0.92 ? 2 : x < 0.98 ? 3 : 4;
    }

    private String[] original() {
        String[] pc = postcodes.get(random.nextInt(postcodes.size()));
        int year = 1920 + random.nextInt(91);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return new String[] {
                pick(given), pick(surnames), Integer.toString(1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 300)),
                pick(streets), random.nextDouble() < 0.4 ? pick(properties) : "", pick(suburbs), pc[0], pc[1],
                String.format("%04d%02d%02d", year, month, day), String.format("%07d", random.nextInt(10_000_000))};
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private String[] corrupt(String[] r) {
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(10)) {
                case 0 -> r[0] = typo(r[0]);
                case 1 -> r[1] = typo(r[1]);
                case 2 -> r[random.nextInt(10)] = ""; // a missing value
                case 3 -> {
                    String t = r[0];
                    r[0] = r[1];
                    r[1] = t;
                }
                case 4 -> r[0] = NICKNAMES.getOrDefault(r[0], typo(r[0]));
                case 5 -> r[8] = date(r[8]);
                case 6 -> r[9] = typo(r[9]);
                case 7 -> r[3] = Integer.toString(1 + random.nextInt(300));
                case 8 -> r[3 + random.nextInt(2) * 3 + 1] = typo(r[3 + random.nextInt(2) * 3 + 1]);
                default -> r[6] = typo(r[6]);
            }
        }
        return r;
    }

    private String date(String d) {
        if (d.length() != 8) {
            return d;
        }
        if (random.nextBoolean()) {
            return d.substring(0, 4) + d.substring(6, 8) + d.substring(4, 6); // day and month swapped
        }
        char[] c = d.toCharArray();
        c[2 + random.nextInt(6)] = (char) ('0' + random.nextInt(10));
        return new String(c);
    }

    private String typo(String s) {
        return typo(random, s, 0);
    }

    /**
     * One typing slip in {@code s} from position {@code from} on (1 keeps the first letter, which people seldom get
     * wrong): a character inserted, deleted (in a word of more than {@code 2 + from}), replaced, or swapped with the
     * next; digits are slipped to digits.
     */
    static String typo(SplittableRandom random, String s, int from) {
        if (s.length() <= from) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        int i = from + random.nextInt(s.length() - from);
        char c = Character.isDigit(s.charAt(i)) ? (char) ('0' + random.nextInt(10)) : (char) ('a' + random.nextInt(26));
        switch (random.nextInt(4)) {
            case 0 -> b.insert(i, c);
            case 1 -> {
                if (s.length() > 2 + from) {
                    b.deleteCharAt(i);
                }
            }
            case 2 -> b.setCharAt(i, c);
            default -> {
                if (i + 1 < s.length()) {
                    b.setCharAt(i, s.charAt(i + 1));
                    b.setCharAt(i + 1, s.charAt(i));
                }
            }
        }
        return b.toString();
    }

    private static void write(BufferedWriter w, String id, String[] r) throws IOException {
        w.write(id);
        for (String v : r) {
            w.write(',');
            w.write(v);
        }
        w.write('\n');
    }
}
