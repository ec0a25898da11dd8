package org.vigil.bench.town;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A second synthetic town, written independently of vigil-town for a generalisation audit: {@code records.jsonl} in
 * the interchange format and {@code truth.jsonl} in the schema {@code vigil evaluate --truth} reads.
 *
 * <pre>
 * java -cp vigil-bench/target/benchmarks.jar org.vigil.bench.town.SecondTown SEED CONCERNS OUTDIR [BAD_LINES]
 * </pre>
 *
 * <p>What it models, from the Rotherham, Rochdale and Telford inquiry reports: networks of men known to children by
 * nicknames and first names, sharing phones, cars, a takeaway, a taxi firm, a flat and a hotel; children who go
 * missing again and again and come to the notice of police, social care, schools, youth projects, sexual-health
 * clinics, care homes, hospitals and parents; police reports mostly closed with no further action, many with no
 * decision at all; partial and wildcarded registrations; partial dates of birth and estimated ages; times in UTC or UK
 * local time with an offset; record ids with slashes; amendments; each agency's export in its own order. Beside them,
 * the ordinary work of the same agencies: children in care who go missing often without being exploited, domestic
 * abuse and neglect where a parent is the suspect, fights between pupils, 16- and 17-year-olds with boyfriends of 18
 * to 20, unfounded allegations against carers, and adults whose work touches many children (foster carers, care
 * workers, school-transport and contract taxi drivers, youth workers, teachers, coaches, nurses, social workers) named
 * as reporters, witnesses and others. {@code BAD_LINES} (default 0) adds that many invalid lines, kept out of the
 * truth, to check quarantine.
 */
public final class SecondTown {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate START = LocalDate.of(2004, 1, 1);
    private static final int DAYS = 6 * 365;

    private final SplittableRandom random;
    private final Writing writing;
    private final Cast cast;
    private final int concerns;
    private final List<Report> reports = new ArrayList<>();
    private final Map<Report, Cast.Agency> agencyOf = new LinkedHashMap<>();
    private final Cast.Agency police;
    private final Cast.Agency intelligence;
    private final Cast.Agency socialCare;
    private final Cast.Agency youthProject;
    private final Cast.Agency clinic;
    private final Cast.Agency hospital;
    private final Cast.Agency transport;
    private final Map<Report.Place, Cast.Agency> placeAgency = new LinkedHashMap<>();
    private final Stories stories;

    public SecondTown(long seed, int concerns) {
        this.random = new SplittableRandom(seed);
        this.writing = new Writing(random.split());
        this.cast = new Cast(random.split(), START, concerns);
        this.concerns = concerns;
        police = agency("Northfield Police", "police", (y, n) -> String.format("NP-%d-%06d", y, n));
        intelligence = agency("Northfield Police Public Protection Unit", "ppu",
                (y, n) -> String.format("INT/%d/%05d", y, n));
        socialCare = agency("Northfield Children's Social Care", "csc", (y, n) -> String.format("CSC/%d/%04d", y, n));
        youthProject = agency("Safe Steps Youth Project", "yp", (y, n) -> String.format("YP-%02d-%04d", y % 100, n));
        clinic = agency("Riverside Sexual Health Service", "rsh", (y, n) -> String.format("RSH%d-%05d", y, n));
        hospital = agency("Northfield General Hospital (ED)", "ed", (y, n) -> String.format("ED.%d.%05d", y, n));
        transport = agency("Northfield Council Home to School Transport", "hst",
                (y, n) -> String.format("HST-%d-%03d", y, n));
        staff();
        for (Report.Place school : cast.schools) {
            String code = school.name().replaceAll("[^A-Z]", "");
            placeAgency.put(school, agency(school.name(), code.toLowerCase(Locale.ROOT),
                    (y, n) -> String.format("%s-%d-%03d", code, y, n)));
        }
        for (Report.Place home : cast.careHomes) {
            String code = home.name().replaceAll("[^A-Z]", "");
            placeAgency.put(home, agency(home.name(), code.toLowerCase(Locale.ROOT),
                    (y, n) -> String.format("%s/%02d/%03d", code, y % 100, n)));
        }
        this.stories = new Stories(this);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SecondTown SEED CONCERNS OUTDIR [BAD_LINES]");
            System.exit(2);
        }
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        SecondTown town = new SecondTown(Long.parseLong(args[0]), Integer.parseInt(args[1]));
        int bad = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        town.write(out.resolve("records.jsonl"), out.resolve("truth.jsonl"), bad);
    }

    /** Tells the town's story and writes its records and truth. */
    public void write(Path records, Path truth, int badLines) throws IOException {
        stories.tell(concerns);
        List<String> lines = Exports.lines(this, badLines);
        Files.write(records, lines, StandardCharsets.UTF_8);
        try (BufferedWriter out = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            ObjectNode town = JSON.createObjectNode();
            town.put("type", "town");
            town.put("schema", 1);
            town.put("generator", "SecondTown");
            out.write(town.toString());
            out.newLine();
            for (Report r : reports) {
                for (Report.Subject s : r.subjects) {
                    ObjectNode m = JSON.createObjectNode();
                    m.put("type", "mention");
                    m.put("mention", r.id + "/" + s.ref());
                    m.put("person", s.person().id);
                    m.put("form", s.form());
                    out.write(m.toString());
                    out.newLine();
                }
            }
            for (TownPerson p : cast.people) {
                if (p.mentioned.isEmpty()) {
                    continue;
                }
                ObjectNode o = JSON.createObjectNode();
                o.put("type", "person");
                o.put("person", p.id);
                o.put("kind", p.kind);
                o.put("occupation", p.occupation);
                o.put("network", p.network);
                var m = o.putArray("mentioned");
                p.mentioned.stream().sorted().forEach(t -> m.add(t.toString()));
                out.write(o.toString());
                out.newLine();
            }
        }
    }

    private Cast.Agency agency(String name, String code,
            java.util.function.BiFunction<Integer, Integer, String> numbering) {
        return new Cast.Agency(name, code, numbering);
    }

    /** Professionals who write reports: officers and nurses as authors only; others are also people of the town. */
    private void staff() {
        String[] ranks = {"PC", "PC", "PC", "DC", "PCSO", "Sgt", "police officer", "call handler"};
        for (int i = 0; i < 24; i++) {
            String rank = cast.pick(ranks);
            int number = 1000 + random.nextInt(9000);
            String surname = cast.pick(Names.SURNAMES);
            police.staff.add(new Report.Author("np" + number, rank.equals("police officer") || rank.equals(
                    "call handler") ? surname : rank + " " + number + " " + surname, rank, police.name));
        }
        for (int i = 0; i < 4; i++) {
            intelligence.staff.add(new Report.Author("ppu-" + (11 + i), "DC " + cast.pick(Names.WOMEN).charAt(0) + ". "
                    + cast.pick(Names.SURNAMES), i == 0 ? "intelligence analyst" : "DC, CSE team", intelligence.name));
        }
        for (int i = 0; i < 3; i++) {
            clinic.staff.add(new Report.Author("RSH-N" + (i + 1), cast.pick(Names.WOMEN) + " "
                    + cast.pick(Names.SURNAMES), "sexual health nurse", clinic.name));
            hospital.staff.add(new Report.Author("ed.dr" + (20 + i), "Dr " + cast.pick(Names.SURNAMES),
                    "ED registrar", hospital.name));
            transport.staff.add(new Report.Author("hst" + (i + 1), cast.pick(Names.MEN) + " "
                    + cast.pick(Names.SURNAMES), "transport officer", transport.name));
        }
        for (TownPerson w : cast.benign.get("social worker")) {
            socialCare.staff.add(author(w, "social worker", socialCare));
        }
        socialCare.staff.add(new Report.Author("csc-duty", null, "duty and assessment team", socialCare.name));
        for (TownPerson w : cast.benign.get("youth worker")) {
            youthProject.staff.add(author(w, "youth worker", youthProject));
        }
    }

    Report.Author author(TownPerson p, String role, Cast.Agency agency) {
        return new Report.Author((p.first.charAt(0) + p.last).toLowerCase(Locale.ROOT).replace("'", "")
                + p.id.substring(4), p.first.charAt(0) + ". " + p.last, role, agency.name);
    }

    /** Starts a report from a member of the agency's staff (or the given author) on that day. */
    Report report(Cast.Agency agency, Report.Author by, LocalDate day, boolean officeHours, String kind) {
        int hour = officeHours ? 8 + random.nextInt(9) : random.nextInt(24);
        Instant at = day.atTime(hour, random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        Report.Author author = by != null ? by : cast.pick(agency.staff);
        Report r = new Report(agency.numbering.apply(day.getYear(), agency.next++), at, author, kind);
        reports.add(r);
        agencyOf.put(r, agency);
        return r;
    }

    /** Records that the report names these people, for the truth's {@code mentioned}. */
    void close(Report r) {
        for (Report.Subject s : r.subjects) {
            s.person().mentioned.add(r.received);
        }
    }

    SplittableRandom random() {
        return random;
    }

    Writing writing() {
        return writing;
    }

    Cast cast() {
        return cast;
    }

    List<Report> reports() {
        return reports;
    }

    Cast.Agency agencyOf(Report r) {
        return agencyOf.get(r);
    }

    void amended(Report amendment, Report original) {
        reports.add(amendment);
        agencyOf.put(amendment, agencyOf.get(original));
    }

    Cast.Agency police() {
        return police;
    }

    Cast.Agency intelligence() {
        return intelligence;
    }

    Cast.Agency socialCare() {
        return socialCare;
    }

    Cast.Agency youthProject() {
        return youthProject;
    }

    Cast.Agency clinic() {
        return clinic;
    }

    Cast.Agency hospital() {
        return hospital;
    }

    Cast.Agency transport() {
        return transport;
    }

    Cast.Agency agencyAt(Report.Place place) {
        return placeAgency.get(place);
    }

    static LocalDate start() {
        return START;
    }

    static int days() {
        return DAYS;
    }

    static Comparator<Report> byReceived() {
        return Comparator.comparing((Report r) -> r.received).thenComparing(r -> r.id);
    }
}
