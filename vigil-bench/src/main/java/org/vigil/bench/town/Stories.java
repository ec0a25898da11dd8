package org.vigil.bench.town;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What happens in the town, as reports: each exploited child's career, police intelligence on the men, lone
 * offenders, then the agencies' ordinary work until the town has its number of concerns, then amendments.
 */
final class Stories {
    private final SecondTown town;
    private final SplittableRandom random;
    private final Writing writing;
    private final Cast cast;
    private final Subjects subjects;
    /** How many amendments of each record there are so far, by the id's stem. */
    private final Map<String, Integer> amendmentIds = new HashMap<>();

    Stories(SecondTown town) {
        this.town = town;
        this.random = town.random();
        this.writing = town.writing();
        this.cast = town.cast();
        this.subjects = new Subjects(town);
    }

    void tell(int concerns) {
        for (Cast.Network n : cast.networks) {
            n.operation = SecondTown.start().plusDays(SecondTown.days() / 2 + random.nextInt(SecondTown.days() / 2));
            for (TownPerson v : n.victims) {
                career(v, n.offenders, n.places, n, 6 + geometric(7));
            }
            for (TownPerson o : n.offenders) {
                for (int k = geometric(1.2); k > 0; k--) {
                    intelligence(o, n);
                }
            }
        }
        for (TownPerson lone : cast.loneOffenders) {
            for (TownPerson v : cast.victimsOfLone.get(lone)) {
                career(v, List.of(lone), List.of(cast.pick(cast.ordinaryPlaces)), null, 2 + geometric(3));
            }
        }
        int amendments = Math.round(concerns * 0.025f);
        Background background = new Background(town, subjects);
        while (town.reports().size() < concerns - amendments) {
            background.one();
        }
        List<Report> originals = new ArrayList<>(town.reports());
        for (int i = 0; i < amendments; i++) {
            amend(originals.get(random.nextInt(originals.size())));
        }
    }

    /**
     * One exploited child's months of reports. The men she names most are her "boyfriend" and his friends; reports
     * come from whoever saw something, and most name no man at all.
     */
    private void career(TownPerson v, List<TownPerson> men, List<Report.Place> places, Cast.Network n, int events) {
        int length = 90 + random.nextInt(630);
        int startDay = random.nextInt(Math.max(1, SecondTown.days() - length));
        TownPerson boyfriend = men.get(Math.min(men.size() - 1, geometric(1.0)));
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            days.add(startDay + random.nextInt(length));
        }
        days.sort(null);
        for (int d : days) {
            LocalDate day = SecondTown.start().plusDays(d);
            if (v.ageOn(day) >= 18) {
                break;
            }
            List<TownPerson> named = new ArrayList<>();
            double p = random.nextDouble();
            if (p < 0.5) {
                named.add(boyfriend);
            }
            if (p < 0.25 || (p > 0.85 && men.size() > 1)) {
                TownPerson other = men.get(random.nextInt(men.size()));
                if (!named.contains(other)) {
                    named.add(other);
                }
            }
            Report.Place place = places.get(random.nextInt(places.size()));
            double t = random.nextDouble();
            Report r;
            if (t < 0.28) {
                r = missing(v, named, place, day);
            } else if (t < 0.40) {
                r = found(v, named.isEmpty() ? List.of(boyfriend) : named, place, day);
            } else if (t < 0.52) {
                r = school(v, named, day);
            } else if (t < 0.60) {
                r = clinic(v, named, day);
            } else if (t < 0.70) {
                r = youth(v, named, day);
            } else if (t < 0.81) {
                r = socialCare(v, named, day);
            } else if (t < 0.86) {
                r = hotelOrTaxi(v, named.isEmpty() ? List.of(boyfriend) : named, place, day);
            } else if (t < 0.92) {
                r = parent(v, named, day);
            } else if (t < 0.97) {
                r = crime(v, named.isEmpty() ? List.of(boyfriend) : named, day);
            } else {
                r = hospital(v, named, day);
            }
            r.narrative = narrative(r);
            town.close(r);
        }
    }

    private Report missing(TownPerson v, List<TownPerson> men, Report.Place place, LocalDate day) {
        Report r = town.report(town.police(), null, day, false, "missing");
        subjects.child(r, v, pick("victim", 0.55, "other", 0.85, "associate"), true);
        subjects.guardian(r, v);
        r.indicators.add("missing");
        maybe(r, 0.3, "alcohol_drugs");
        maybe(r, 0.25, "vehicle_pickup");
        maybe(r, 0.15, "older_partner");
        maybe(r, 0.1, "school_absence");
        if (random.nextDouble() < 0.7) {
            for (TownPerson m : men) {
                subjects.offender(r, m, "associate", false, random.nextDouble() < 0.2 ? place : null, true);
            }
        }
        return r;
    }

    private Report found(TownPerson v, List<TownPerson> men, Report.Place place, LocalDate day) {
        Report r = town.report(town.police(), null, day, false, "found");
        subjects.child(r, v, pick("victim", 0.6, "other", 0.9, "associate"), true);
        for (TownPerson m : men) {
            subjects.offender(r, m, "suspect", true, place, false);
        }
        r.place(place);
        r.indicators.add("missing");
        maybe(r, 0.5, "multiple_adults");
        maybe(r, 0.6, "alcohol_drugs");
        if (place.kind().equals("hotel")) {
            r.indicators.add("hotel");
        }
        return r;
    }

    private Report school(TownPerson v, List<TownPerson> men, LocalDate day) {
        Report.Place school = cast.schoolOf.get(v);
        TownPerson teacher = cast.teacherOf.get(school);
        Report r = town.report(town.agencyAt(school), town.author(teacher, "designated safeguarding lead",
                town.agencyAt(school)), day, true, "welfare");
        subjects.child(r, v, pick("victim", 0.5, "other", 1, ""), true);
        if (random.nextDouble() < 0.5) {
            subjects.professional(r, teacher, "reporter");
        }
        r.place(school);
        r.indicators.add("school_absence");
        maybe(r, 0.5, "vehicle_pickup");
        maybe(r, 0.2, "gifts");
        maybe(r, 0.2, "older_partner");
        if (random.nextDouble() < 0.4) {
            for (TownPerson m : men) {
                subjects.offender(r, m, "associate", false, null, true);
            }
        }
        return r;
    }

    private Report clinic(TownPerson v, List<TownPerson> men, LocalDate day) {
        Report r = town.report(town.clinic(), null, day, true, "health");
        subjects.child(r, v, pick("victim", 0.4, "other", 1, ""), false);
        r.indicators.add("sexual_health");
        maybe(r, 0.6, "older_partner");
        maybe(r, 0.12, "pregnancy");
        maybe(r, 0.2, "alcohol_drugs");
        if (random.nextDouble() < 0.5) {
            for (TownPerson m : men) {
                subjects.offender(r, m, pick("associate", 0.6, "other", 0.9, "suspect"), false, null, true);
            }
        }
        return r;
    }

    private Report youth(TownPerson v, List<TownPerson> men, LocalDate day) {
        Report r = town.report(town.youthProject(), null, day, false, "welfare");
        subjects.child(r, v, pick("victim", 0.6, "other", 1, ""), false);
        if (random.nextDouble() < 0.6) {
            subjects.professional(r, cast.pick(cast.benign.get("youth worker")), "reporter");
        }
        r.indicators.add("gifts");
        maybe(r, 0.4, "money");
        maybe(r, 0.3, "online_contact");
        maybe(r, 0.5, "older_partner");
        if (random.nextDouble() < 0.55) {
            for (TownPerson m : men) {
                subjects.offender(r, m, pick("suspect", 0.5, "associate", 1, ""), false, null, true);
            }
        }
        return r;
    }

    private Report socialCare(TownPerson v, List<TownPerson> men, LocalDate day) {
        Report r = town.report(town.socialCare(), null, day, true, "referral");
        subjects.child(r, v, "victim", true);
        subjects.guardian(r, v);
        String[] mix = {"missing", "older_partner", "gifts", "alcohol_drugs", "vehicle_pickup", "sexual_health",
            "school_absence", "threats", "money"};
        for (int k = 2 + random.nextInt(3); k > 0; k--) {
            r.indicators.add(cast.pick(mix));
        }
        if (random.nextDouble() < 0.5) {
            for (TownPerson m : men) {
                subjects.offender(r, m, "suspect", false, null, true);
            }
        }
        return r;
    }

    private Report hotelOrTaxi(TownPerson v, List<TownPerson> men, Report.Place place, LocalDate day) {
        Report r = town.report(town.police(), null, day, false, "intelligence");
        boolean hotel = random.nextBoolean();
        Report.Place where = hotel ? cast.pick(cast.hotels) : place;
        List<TownPerson> receptionists = cast.benign.get("hotel receptionist");
        if (hotel && !receptionists.isEmpty()) {
            subjects.professional(r, cast.pick(receptionists), "reporter");
        }
        if (random.nextDouble() < 0.6) {
            subjects.child(r, v, pick("victim", 0.5, "other", 1, ""), false);
        } else {
            ObjectNode unnamed = r.subject(v, "other", new Writing.Name(null, "none"));
            unnamed.put("age", writing.age(v, day, true));
            unnamed.put("sex", v.sex);
        }
        for (TownPerson m : men) {
            subjects.offender(r, m, "suspect", false, where, false);
        }
        r.place(where);
        r.indicators.add(hotel ? "hotel" : "taxi");
        maybe(r, 0.6, "multiple_adults");
        maybe(r, 0.3, "alcohol_drugs");
        return r;
    }

    private Report parent(TownPerson v, List<TownPerson> men, LocalDate day) {
        Report r = town.report(town.police(), null, day, false, "complaint");
        subjects.child(r, v, "victim", true);
        subjects.guardian(r, v);
        maybe(r, 0.4, "gifts");
        maybe(r, 0.3, "threats");
        maybe(r, 0.4, "older_partner");
        maybe(r, 0.3, "online_contact");
        maybe(r, 0.3, "missing");
        for (TownPerson m : men) {
            ObjectNode json = subjects.offender(r, m, "suspect", false, null, false);
            if (!m.phones.isEmpty() && !json.has("phones")) {
                json.putArray("phones").add(writing.phone(m.phones.get(0)));
            }
        }
        return r;
    }

    private Report crime(TownPerson v, List<TownPerson> men, LocalDate day) {
        Report r = town.report(town.police(), null, day, false, "crime");
        subjects.child(r, v, "victim", true);
        for (TownPerson m : men) {
            subjects.offender(r, m, "suspect", true, null, false);
        }
        String[] codes = {"19E", "22B", "88A", "71", "19C", "20", "22A"};
        r.offences.add(cast.pick(codes));
        maybe(r, 0.5, "older_partner");
        maybe(r, 0.3, "alcohol_drugs");
        r.grading = subjects.grading();
        return r;
    }

    private Report hospital(TownPerson v, List<TownPerson> men, LocalDate day) {
        Report r = town.report(town.hospital(), null, day, false, "health");
        subjects.child(r, v, pick("victim", 0.5, "other", 1, ""), false);
        r.indicators.add(random.nextBoolean() ? "injury" : "alcohol_drugs");
        maybe(r, 0.3, "missing");
        if (random.nextDouble() < 0.3) {
            for (TownPerson m : men) {
                subjects.offender(r, m, "other", false, null, true);
            }
        }
        return r;
    }

    /** Police intelligence about one man: what he drives, which phone, where, with whom; rarely a child by name. */
    private void intelligence(TownPerson o, Cast.Network n) {
        LocalDate day = SecondTown.start().plusDays(random.nextInt(SecondTown.days()));
        Report r = town.report(town.intelligence(), null, day, true, "intelligence");
        Report.Place place = cast.pick(n.places);
        ObjectNode json = subjects.offender(r, o, "suspect", true, place, false);
        if (o.vehicle != null && !json.has("vehicles") && random.nextDouble() < 0.7) {
            json.putArray("vehicles").addObject().put("vrm", writing.vrm(o.vehicle.vrm(), false));
        }
        r.place(place);
        if (random.nextDouble() < 0.4) {
            subjects.offender(r, cast.pick(n.offenders), "associate", true, place, false);
        }
        if (random.nextDouble() < 0.3) {
            subjects.child(r, cast.pick(n.victims), pick("other", 0.6, "associate", 1, ""), false);
        }
        String[] mix = {"taxi", "multiple_adults", "vehicle_pickup", "hotel", "alcohol_drugs"};
        if (random.nextDouble() < 0.6) {
            r.indicators.add(cast.pick(mix));
        }
        r.grading = subjects.grading();
        r.narrative = narrative(r);
        town.close(r);
    }

    /**
     * A later record correcting an earlier one: a name now known in full, an age, an indicator. A second amendment of
     * one record is numbered ({@code -A2}, {@code /AMD2}), so that no two records share an id.
     */
    private void amend(Report original) {
        boolean numbered = random.nextBoolean();
        String stem = original.id + (numbered ? "-A" : "/AMD");
        int n = amendmentIds.merge(stem, 1, Integer::sum);
        Report a = new Report(numbered || n > 1 ? stem + n : stem,
                original.received.plusSeconds(3600L * (2 + random.nextInt(24 * 30))), original.author, original.kind);
        a.amends = original.id;
        for (Report.Subject s : original.subjects) {
            ObjectNode json = s.json().deepCopy();
            String form = s.form();
            if (!form.equals("full") && random.nextDouble() < 0.4) {
                Writing.Name full = writing.full(s.person());
                json.put("name", full.text());
                form = full.form();
            }
            a.subjects.add(new Report.Subject(s.ref(), s.person(), form, json));
        }
        a.places.addAll(original.places);
        a.indicators.addAll(original.indicators);
        a.offences.addAll(original.offences);
        a.grading = original.grading;
        a.narrative = "Amended: " + (original.narrative == null ? "details corrected" : original.narrative);
        town.amended(a, original);
        town.close(a);
    }

    private String narrative(Report r) {
        if (random.nextDouble() < 0.3) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Report.Subject s : r.subjects) {
            if (s.json().has("name")) {
                b.append(s.json().get("name").asText()).append(" (").append(s.json().get("role").asText())
                        .append("). ");
            }
        }
        b.append(switch (r.kind) {
            case "missing" -> "Reported missing overnight; returned next day, would not say where she had been.";
            case "found" -> "Located at an address with older males; alcohol present.";
            case "welfare" -> "Staff concerned about absences, new phone and older friends collecting her.";
            case "health" -> "Attended alone; disclosed older boyfriend.";
            case "intelligence" -> "Information received; not yet corroborated.";
            case "crime" -> "Allegation recorded; victim account obtained.";
            default -> "Concern raised.";
        });
        return b.toString();
    }

    private void maybe(Report r, double p, String indicator) {
        if (random.nextDouble() < p) {
            r.indicators.add(indicator);
        }
    }

    /** "a" below p, "b" below q, else "c". */
    private String pick(String a, double p, String b, double q, String c) {
        double r = random.nextDouble();
        return r < p ? a : r < q ? b : c;
    }

    /** 0, 1, 2 … with the given mean. */
    int geometric(double mean) {
        double p = 1 / (1 + mean);
        int k = 0;
        while (random.nextDouble() > p && k < 60) {
            k++;
        }
        return k;
    }
}
