package org.vigil.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes n valid concerns of realistic size (two subjects, a place, a phone, a vehicle, a two-line narrative:
 * about 850 bytes each) about synthetic people, seeded so every run reads the same file.
 */
final class SyntheticConcerns {
    private static final String[] FIRST = {"Ash", "Daniel", "Kayla", "Sophie", "Liam", "Mo", "Jay", "Chloe", "Amir",
        "Tom", "Ellie", "Zara", "Ryan", "Hannah", "Sam", "Priya", "Kieran", "Jade"};
    private static final String[] LAST = {"Marsh", "Smith", "Hall", "Brown", "Wilson", "Taylor", "Jones", "Evans",
        "Walker", "Green", "Wood", "Hughes", "Clarke", "Ward"};
    private static final String[] AGENCIES = {"Youth Project", "Police", "Children's Social Care", "School",
        "Sexual Health Service", "Care Home"};
    private static final String[] INDICATORS = {"missing", "older_partner", "gifts", "alcohol_drugs", "vehicle_pickup",
        "taxi", "school_absence"};

    private SyntheticConcerns() {
    }

    static void write(Path file, int n, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String first = INDICATORS[r.nextInt(INDICATORS.length)];
                String second = INDICATORS[(r.nextInt(INDICATORS.length - 1) + 1 + indexOf(first)) % INDICATORS.length];
                out.write(String.format("{\"type\":\"concern\",\"id\":\"BENCH-%08d\",\"received\":\"20%02d-%02d-%02dT%02d:%02d:00Z\","
                        + "\"agency\":\"%s\",\"author\":{\"id\":\"w-%d\",\"name\":\"A. Worker\",\"role\":\"worker\"},"
                        + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"%s %s\",\"born\":\"%d-%02d\",\"age\":%d,"
                        + "\"sex\":\"F\",\"address\":\"%d Ferham Rd, S6%d %dAP\"},"
                        + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"%s\",\"age\":%d,\"sex\":\"M\","
                        + "\"phones\":[\"07700 9%05d\"],\"vehicles\":[{\"vrm\":\"R%d?2 KLT\",\"description\":\"silver Astra\"}],"
                        + "\"places\":[\"p1\"]}],\"places\":[{\"ref\":\"p1\",\"kind\":\"takeaway\",\"name\":\"Star Pizza\","
                        + "\"address\":\"Wellgate, S60 2LR\"}],\"indicators\":[\"%s\",\"%s\"],\"offences\":[\"22B\"],"
                        + "\"grading\":{\"source\":\"2\",\"intelligence\":\"C\",\"handling\":\"P\"},"
                        + "\"narrative\":\"Worker reports that the young person was seen getting into a car outside school"
                        + " with an older male, and came back late with a new phone.\"}%n",
                        i, r.nextInt(14), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60),
                        AGENCIES[r.nextInt(AGENCIES.length)], r.nextInt(400),
                        FIRST[r.nextInt(FIRST.length)], LAST[r.nextInt(LAST.length)], 1988 + r.nextInt(12),
                        1 + r.nextInt(12), 11 + r.nextInt(7), 1 + r.nextInt(99), r.nextInt(10), 1 + r.nextInt(9),
                        FIRST[r.nextInt(FIRST.length)], 19 + r.nextInt(27), r.nextInt(100_000), 1 + r.nextInt(9),
                        first, second));
            }
        }
    }

    private static int indexOf(String indicator) {
        for (int i = 0; i < INDICATORS.length; i++) {
            if (INDICATORS[i].equals(indicator)) {
                return i;
            }
        }
        throw new IllegalArgumentException(indicator);
    }
}
