package org.vigil.bench.town;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The records file as several agencies' exports put together: each agency's concerns in its own order with its
 * decisions after them, agencies in no particular order, a few lines out of place. Decisions: most police reports are
 * closed with no further action, many reports get no decision at all, and some decisions reach the file before their
 * concern. Optional bad lines check quarantine.
 */
final class Exports {
    private static final String[] POLICE_NFA = {"no complaint made", "victim declined to support a prosecution",
        "returned home safe and well", "no offences disclosed", "relationship appears consensual",
        "lifestyle choice; parents advised", "insufficient evidence", "not in the public interest",
        "passed to children's social care; no police action", "NFA - words of advice given"};
    private static final String[] CSC_NFA = {"threshold not met", "family engaging with early help",
        "no role for children's social care", "closed after assessment"};
    private static final String[] OTHER_NFA = {"information shared with police", "no further concerns",
        "seen and spoken to; no disclosure"};

    private Exports() {
    }

    static List<String> lines(SecondTown town, int badLines) {
        SplittableRandom random = town.random();
        Writing writing = town.writing();
        Map<Cast.Agency, List<String>> byAgency = new LinkedHashMap<>();
        Map<Cast.Agency, List<String>> decisionsOf = new LinkedHashMap<>();
        List<Report> reports = new ArrayList<>(town.reports());
        reports.sort(SecondTown.byReceived());
        int decision = 1;
        for (Report r : reports) {
            Cast.Agency agency = town.agencyOf(r);
            byAgency.computeIfAbsent(agency, a -> new ArrayList<>()).add(r.toJson(writing).toString());
            if (r.amends != null) {
                continue;
            }
            ObjectNode d = decide(town, r, agency, random, decision);
            if (d != null) {
                decision++;
                decisionsOf.computeIfAbsent(agency, a -> new ArrayList<>()).add(d.toString());
            }
        }
        List<Cast.Agency> agencies = new ArrayList<>(byAgency.keySet());
        for (int i = agencies.size() - 1; i > 0; i--) {
            java.util.Collections.swap(agencies, i, random.nextInt(i + 1));
        }
        List<String> lines = new ArrayList<>();
        for (Cast.Agency a : agencies) {
            List<String> decisions = decisionsOf.getOrDefault(a, List.of());
            if (random.nextBoolean()) {
                lines.addAll(decisions);
                lines.addAll(byAgency.get(a));
            } else {
                lines.addAll(byAgency.get(a));
                lines.addAll(decisions);
            }
        }
        for (int k = lines.size() / 33; k > 0; k--) {
            String moved = lines.remove(random.nextInt(lines.size()));
            lines.add(random.nextInt(lines.size()), moved);
        }
        String[] bad = {
            "{\"type\":\"concern\",\"id\":\"BAD-1\",\"received\":\"2006-03-04T10:00:00\",\"agency\":\"Northfield Police\","
                + "\"author\":{\"id\":\"np1\"},\"subjects\":[]}",
            "{\"type\":\"concern\",\"id\":\"BAD-2\",\"received\":\"2006-03-04T10:00:00Z\",\"agency\":\"Northfield Police\","
                + "\"author\":{\"id\":\"np1\"},\"subjects\":[],\"indicators\":[\"grooming\"]}",
            "{\"type\":\"decision\",\"id\":\"BAD-3\",\"concern\":\"NP-2006-000001\",\"at\":\"2006-03-05T10:00:00Z\","
                + "\"by\":{\"id\":\"np1\"},\"outcome\":\"no_further_action\"}",
            "{\"type\":\"concern\",\"id\":\"BAD-4\",\"received\":\"2006-03-04T10:00:00Z\",\"agency\":",
            "{\"type\":\"referral\",\"id\":\"BAD-5\"}"};
        for (int k = 0; k < badLines; k++) {
            lines.add(random.nextInt(lines.size()), bad[k % bad.length]);
        }
        return lines;
    }

    /** Whether and how the agency decided; null when nobody recorded a decision. */
    private static ObjectNode decide(SecondTown town, Report r, Cast.Agency agency, SplittableRandom random, int n) {
        boolean police = agency == town.police() || agency == town.intelligence();
        double decided = agency == town.police() ? 0.8 : agency == town.intelligence() ? 0.5
                : agency == town.socialCare() ? 0.75 : 0.35;
        if (random.nextDouble() >= decided) {
            return null;
        }
        String outcome;
        String reason = null;
        if (police) {
            LocalDate day = LocalDate.ofInstant(r.received, ZoneOffset.UTC);
            boolean operation = r.subjects.stream().anyMatch(s -> s.person().kind.equals("offender")
                    && !s.person().network.isEmpty() && town.cast().networks.stream().anyMatch(
                            net -> net.id.equals(s.person().network) && day.isAfter(net.operation)));
            double o = random.nextDouble();
            if (operation && o < 0.6) {
                outcome = random.nextBoolean() ? "arrest" : "charge";
            } else if (o < 0.85) {
                outcome = "no_further_action";
                reason = POLICE_NFA[random.nextInt(POLICE_NFA.length)];
            } else {
                outcome = new String[] {"crime_recorded", "investigation", "referred"}[random.nextInt(3)];
            }
        } else if (agency == town.socialCare()) {
            double o = random.nextDouble();
            outcome = o < 0.4 ? "no_further_action" : o < 0.6 ? "referred" : o < 0.8 ? "strategy_meeting"
                    : "safeguarding_plan";
            reason = outcome.equals("no_further_action") ? CSC_NFA[random.nextInt(CSC_NFA.length)] : null;
        } else {
            double o = random.nextDouble();
            outcome = o < 0.6 ? "referred" : o < 0.7 ? "other" : "no_further_action";
            reason = outcome.equals("no_further_action") ? OTHER_NFA[random.nextInt(OTHER_NFA.length)] : null;
        }
        ObjectNode d = Report.NODES.objectNode();
        d.put("type", "decision");
        d.put("id", String.format("DEC-%s-%06d", agency.code.toUpperCase(java.util.Locale.ROOT), n));
        d.put("concern", r.id);
        Instant at = r.received.plusSeconds((long) (3600 * 24 * -Math.log(1 - random.nextDouble()) * 6) + 600);
        d.put("at", town.writing().time(at));
        Report.Author by = agency.staff.isEmpty() ? r.author : agency.staff.get(random.nextInt(agency.staff.size()));
        ObjectNode b = d.putObject("by");
        b.put("id", by.id());
        if (by.name() != null) {
            b.put("name", by.name());
        }
        if (by.role() != null) {
            b.put("role", police ? (random.nextBoolean() ? "Sgt" : "Insp") : by.role());
        }
        d.put("outcome", outcome);
        if (reason != null) {
            d.put("reason", reason);
        }
        return d;
    }
}
