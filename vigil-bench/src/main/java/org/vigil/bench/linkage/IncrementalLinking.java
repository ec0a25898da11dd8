package org.vigil.bench.linkage;

import org.vigil.bench.Heap;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.people.PersonIndex;

/**
 * How long linking one new concern takes when the person index already holds a million mentions: the cost that
 * ingest pays per concern ({@code PersonIndex.link}, the code path of {@code Committer}).
 *
 * <p>Builds the index from a seeded, town-like stream of concerns (a child named in full with a date of birth or an
 * age, one to three adults named in full, by first name, by nickname or not at all, with phones from shared pools,
 * partial registrations, addresses, and places of which a few are visited by everyone), then times the linking of
 * further concerns of the same kind one at a time, and prints p50, p99 and max, and the heap after a full GC.
 *
 * <pre>
 * java -Xmx6g -cp vigil-bench/target/benchmarks.jar org.vigil.bench.linkage.IncrementalLinking [mentions] [timed] [seed]
 * </pre>
 * Defaults: 1,000,000 mentions, 2,000 timed concerns, seed 42. Synthetic people only.
 */
public final class IncrementalLinking {
    private static final String[] GIRLS = {"Chloe", "Jade", "Leah", "Sophie", "Amber", "Kayleigh", "Shannon", "Laura",
        "Megan", "Jasmine", "Sadia", "Aisha", "Paige", "Courtney", "Stacey", "Natalie", "Holly", "Ellie", "Zara", "Kasia"};
    private static final String[] BOYS = {"Darren", "Gary", "Kieran", "Ashraf", "Ashley", "Daniel", "Mohammed", "Jason",
        "Lee", "Dean", "Tyrone", "Kofi", "Tomasz", "Imran", "Craig", "Wayne", "Liam", "Ryan", "Stuart", "Kevin"};
    private static final String[] NICKS = {"Daz", "Gaz", "Kez", "Ash", "Ash", "Danny", "Mo", "Jay", "Lee", "Deano",
        "Ty", "Sparky", "Tomek", "Immy", "Tiger", "Boss", "Smiler", "Doc", "Stu", "Kev"};
    private static final String[] SURNAMES = {"Smith", "Jones", "Khan", "Marsh", "Pike", "Lloyd", "Hill", "Taylor",
        "Brown", "Wilson", "Okafor", "Kowalski", "Hussain", "Walker", "Wright", "Green", "Hall", "Wood", "Clarke",
        "Patel", "Evans", "Sykes", "Young", "Price", "Begum", "Ali", "Dyson", "Hirst", "Sutcliffe", "Stewart"};
    private static final String[] STREETS = {"Ferham Rd", "Wellgate", "Moorgate Rd", "Church St", "Park Road",
        "Albion Road", "Bridge Street", "Mill Lane", "Hollow Lane", "Eastwood Road"};
    private static final String[] PLACE_NAMES = {"Star Pizza", "Bus Station", "Park", "Chicken Shack", "Retail Park"};

    private IncrementalLinking() {
    }

    /** One synthetic person: who they are, and what reports may say about them. */
    private record Person(int id, String given, String surname, String nick, boolean male, LocalDate born, String phone,
                          String vrm, String address) {
    }

    public static void main(String[] args) throws Exception {
        Heap.track();
        int mentions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int timed = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Stream stream = new Stream(seed, mentions);
        RecordParser parser = new RecordParser();
        PersonIndex people = new PersonIndex();
        long t0 = System.nanoTime();
        int concerns = 0;
        long lastReport = t0;
        while (people.mentions() < mentions) {
            people.link(List.of(parse(parser, stream.next())));
            concerns++;
            if (System.nanoTime() - lastReport > 30_000_000_000L) {
                lastReport = System.nanoTime();
                System.err.printf(Locale.ROOT, "  %,d mentions after %.0f s%n", people.mentions(), (lastReport - t0) / 1e9);
            }
        }
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "built: %,d mentions from %,d concerns in %.1f s (%.1f µs per concern)%n",
                people.mentions(), concerns, buildSeconds, buildSeconds * 1e6 / concerns);
        // Warm-up is the build itself; now time new concerns one at a time, parsing outside the clock.
        long[] nanos = new long[timed];
        int timedMentions = 0;
        for (int i = 0; i < timed; i++) {
            Submission s = parse(parser, stream.next());
            int before = people.mentions();
            long a = System.nanoTime();
            people.link(List.of(s));
            nanos[i] = System.nanoTime() - a;
            timedMentions += people.mentions() - before;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "linking one new concern at %,d mentions (%,d concerns, %.2f mentions each): "
                        + "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n", mentions, timed, timedMentions / (double) timed,
                nanos[timed / 2] / 1e6, nanos[(int) (timed * 0.9)] / 1e6, nanos[(int) (timed * 0.99)] / 1e6,
                nanos[timed - 1] / 1e6);
        System.gc();
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long peak = Heap.peakBytes();
        // The index must still be reachable when the heap is measured.
        System.out.printf(Locale.ROOT, "heap after full GC %.2f GiB with the index of %,d mentions live, peak (before a collection)"
                        + " %.2f GiB, max %.2f GiB%n", used / (double) (1L << 30), people.mentions(), peak / (double) (1L << 30),
                Runtime.getRuntime().maxMemory() / (double) (1L << 30));
        System.out.printf(Locale.ROOT, "load average %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Submission parse(RecordParser parser, String json) throws InvalidRecordException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Seeded concerns about a population sized so that each person is named about three times: children named in
     * full (sometimes by first name), adults in every form, phones shared within small groups, registrations often
     * partial, and a handful of places that every tenth concern names.
     */
    private static final class Stream {
        private final SplittableRandom r;
        private final List<Person> children = new ArrayList<>();
        private final List<Person> adults = new ArrayList<>();
        private final int localPlaces;
        private int n;

        Stream(long seed, int mentions) {
            r = new SplittableRandom(seed);
            int people = Math.max(100, mentions / 3);
            for (int i = 0; i < people; i++) {
                boolean child = i % 3 == 0;
                boolean male = child ? r.nextInt(4) == 0 : r.nextInt(5) != 0;
                String given = male ? BOYS[r.nextInt(BOYS.length)] : GIRLS[r.nextInt(GIRLS.length)];
                LocalDate born = child ? LocalDate.of(1983 + r.nextInt(13), 1 + r.nextInt(12), 1 + r.nextInt(28))
                        : LocalDate.of(1950 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
                String phone = String.format(Locale.ROOT, "07%03d %06d", 700 + r.nextInt(300), r.nextInt(1_000_000));
                if (!child && r.nextInt(4) == 0 && !adults.isEmpty()) {
                    phone = adults.get(r.nextInt(adults.size())).phone(); // a phone shared in a group
                }
                String vrm = child ? null : String.format(Locale.ROOT, "%c%d%d%d %c%c%c", 'A' + r.nextInt(26), r.nextInt(10),
                        r.nextInt(10), r.nextInt(10), 'A' + r.nextInt(26), 'A' + r.nextInt(26), 'A' + r.nextInt(26));
                String address = (1 + r.nextInt(200)) + " " + STREETS[r.nextInt(STREETS.length)] + ", V" + (char) ('A' + r.nextInt(26))
                        + (1 + r.nextInt(99)) + " " + r.nextInt(10) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
                Person p = new Person(i, given, SURNAMES[r.nextInt(SURNAMES.length)], NICKS[Arrays.asList(BOYS).indexOf(given) < 0
                        ? r.nextInt(NICKS.length) : Arrays.asList(BOYS).indexOf(given)], male, born, phone, vrm, address);
                (child ? children : adults).add(p);
            }
            localPlaces = Math.max(10, people / 50);
        }

        String next() {
            int id = n++;
            int year = 1997 + Math.min(16, id / 25_000);
            LocalDate received = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            StringBuilder b = new StringBuilder(600);
            String place = r.nextInt(10) == 0 ? PLACE_NAMES[r.nextInt(PLACE_NAMES.length)] + ", Wellgate"
                    : "Local place " + r.nextInt(localPlaces);
            b.append("{\"type\":\"concern\",\"id\":\"IL-").append(id).append("\",\"received\":\"").append(received)
                    .append("T10:00:00Z\",\"agency\":\"Police\",\"author\":{\"id\":\"pol-1\"},\"subjects\":[");
            Person child = children.get(skewed(children.size()));
            subject(b, "s1", "victim", child, received, true);
            int adultsNamed = 1 + r.nextInt(3);
            for (int k = 0; k < adultsNamed; k++) {
                b.append(',');
                subject(b, "s" + (k + 2), k == 0 ? "suspect" : r.nextBoolean() ? "associate" : "reporter",
                        adults.get(skewed(adults.size())), received, false);
            }
            b.append("],\"places\":[{\"ref\":\"p1\",\"kind\":\"other\",\"name\":\"").append(place).append("\"}]}");
            return b.toString();
        }

        /** Recently created people are named more often, as in a town where cases come and go. */
        private int skewed(int size) {
            int window = Math.min(size, 2_000 + n / 2);
            int centre = (int) ((long) n * size / Math.max(1, 3L * size)) % size;
            return Math.floorMod(centre - r.nextInt(window), size);
        }

        private void subject(StringBuilder b, String ref, String role, Person p, LocalDate received, boolean child) {
            b.append("{\"ref\":\"").append(ref).append("\",\"role\":\"").append(role).append('"');
            int form = r.nextInt(10);
            String name = child ? (form < 8 ? p.given() + " " + p.surname() : p.given())
                    : switch (form) {
                        case 0, 1, 2, 3 -> p.given() + " " + p.surname();
                        case 4 -> p.surname().toUpperCase(Locale.ROOT) + ", " + p.given();
                        case 5, 6 -> p.nick();
                        case 7 -> p.given();
                        case 8 -> (p.male() ? "Mr " : "Ms ") + p.surname();
                        default -> null;
                    };
            if (name != null) {
                b.append(",\"name\":\"").append(name).append('"');
            }
            int age = received.getYear() - p.born().getYear();
            if (r.nextInt(3) == 0) {
                b.append(",\"born\":\"").append(p.born()).append('"');
            } else if (r.nextInt(2) == 0 && age >= 0) {
                b.append(",\"age\":").append(age);
            }
            if (r.nextInt(5) != 0) {
                b.append(",\"sex\":\"").append(p.male() ? 'M' : 'F').append('"');
            }
            if (r.nextInt(3) == 0) {
                b.append(",\"address\":\"").append(p.address()).append('"');
            }
            if (!child && r.nextInt(3) == 0) {
                b.append(",\"phones\":[\"").append(p.phone()).append("\"]");
            }
            if (!child && p.vrm() != null && r.nextInt(4) == 0) {
                String vrm = p.vrm();
                if (r.nextBoolean()) {
                    char[] c = vrm.toCharArray();
                    c[r.nextInt(c.length)] = '?';
                    vrm = new String(c);
                }
                b.append(",\"vehicles\":[{\"vrm\":\"").append(vrm).append("\"}]");
            }
            if (!child || r.nextInt(3) == 0) {
                b.append(",\"places\":[\"p1\"]");
            }
            b.append('}');
        }
    }
}
