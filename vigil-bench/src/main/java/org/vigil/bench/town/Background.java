package org.vigil.bench.town;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The agencies' ordinary work, which is most of what they record: children in care who go missing often and are not
 * exploited, children missing once from home, school welfare, domestic abuse and neglect with a parent as suspect,
 * school transport, youth clubs and sport, fights between pupils, older teenagers' boyfriends, drugs intelligence on
 * adults, and the occasional unfounded allegation against a carer.
 */
final class Background {
    private final SecondTown town;
    private final SplittableRandom random;
    private final Writing writing;
    private final Cast cast;
    private final Subjects subjects;
    private final List<TownPerson> ordinary = new ArrayList<>();
    private final List<TownPerson> inCare = new ArrayList<>();
    private final List<TownPerson> otherAdults = new ArrayList<>();
    private final Map<TownPerson, TownPerson> partnerOf = new java.util.LinkedHashMap<>();
    private final Map<TownPerson, TownPerson> boyfriendOf = new java.util.LinkedHashMap<>();

    Background(SecondTown town, Subjects subjects) {
        this.town = town;
        this.random = town.random();
        this.writing = town.writing();
        this.cast = town.cast();
        this.subjects = subjects;
        for (TownPerson c : cast.children) {
            if (c.kind.equals("other_child")) {
                ordinary.add(c);
                if (cast.childrenInCare.contains(c)) {
                    inCare.add(c);
                }
            }
        }
        for (TownPerson a : cast.adults) {
            if (a.kind.equals("other_adult") && !cast.parentOf.containsValue(a)) {
                otherAdults.add(a);
            }
        }
    }

    /** Writes one ordinary report. */
    void one() {
        double t = random.nextDouble();
        Report r;
        if (t < 0.17) {
            r = missingFromCare();
        } else if (t < 0.24) {
            r = missingFromHome();
        } else if (t < 0.39) {
            r = schoolWelfare();
        } else if (t < 0.52) {
            r = domestic();
        } else if (t < 0.60) {
            r = neglect();
        } else if (t < 0.66) {
            r = schoolTransport();
        } else if (t < 0.73) {
            r = youthClub();
        } else if (t < 0.77) {
            r = sport();
        } else if (t < 0.83) {
            r = pupils();
        } else if (t < 0.91) {
            r = drugs();
        } else if (t < 0.95) {
            r = fostering();
        } else if (t < 0.97) {
            r = allegation();
        } else {
            r = olderTeen();
        }
        town.close(r);
    }

    /** Children in care go missing most: a few of them again and again. */
    private Report missingFromCare() {
        if (inCare.isEmpty()) {
            return missingFromHome();
        }
        TownPerson c = inCare.get(Math.min(inCare.size() - 1, geometric(inCare.size() / 5.0)));
        LocalDate day = whileChild(c);
        Report.Place home = cast.homeOf.get(c);
        Report r;
        if (home != null && random.nextDouble() < 0.4) {
            TownPerson worker = cast.pick(cast.staffOf.get(home));
            r = town.report(town.agencyAt(home), town.author(worker, "residential care worker",
                    town.agencyAt(home)), day, false, "missing");
        } else {
            r = town.report(town.police(), null, day, false, "missing");
        }
        subjects.child(r, c, random.nextDouble() < 0.5 ? "other" : "victim", true);
        subjects.guardian(r, c);
        r.indicators.add("missing");
        maybe(r, 0.2, "alcohol_drugs");
        maybe(r, 0.1, "school_absence");
        return r;
    }

    private Report missingFromHome() {
        TownPerson c = cast.pick(ordinary);
        Report r = town.report(town.police(), null, whileChild(c), false, "missing");
        subjects.child(r, c, "other", true);
        subjects.guardian(r, c);
        r.indicators.add("missing");
        return r;
    }

    private Report schoolWelfare() {
        TownPerson c = cast.pick(ordinary);
        Report.Place school = cast.schoolOf.get(c);
        TownPerson teacher = cast.teacherOf.get(school);
        Report r = town.report(town.agencyAt(school), town.author(teacher, "teacher", town.agencyAt(school)),
                whileChild(c), true, "welfare");
        subjects.child(r, c, random.nextDouble() < 0.3 ? "victim" : "other", true);
        if (random.nextDouble() < 0.6) {
            subjects.professional(r, teacher, "reporter");
        }
        if (random.nextDouble() < 0.3) {
            subjects.guardian(r, c);
        }
        r.place(school);
        maybe(r, 0.5, "school_absence");
        maybe(r, 0.1, "injury");
        return r;
    }

    private Report domestic() {
        TownPerson c = cast.pick(ordinary);
        TownPerson parent = cast.parentOf.get(c);
        TownPerson partner = partnerOf.computeIfAbsent(parent, p -> cast.adult("other_adult", "", "",
                p.sex.equals("F") ? 'M' : 'F', 20, 55));
        Report r = town.report(town.police(), null, whileChild(c), false, "domestic");
        ObjectNode victim = r.subject(parent, "victim", writing.known(parent));
        victim.put("sex", parent.sex);
        subjects.offender(r, partner, "suspect", true, null, false);
        subjects.child(r, c, random.nextDouble() < 0.6 ? "witness" : "other", true);
        r.offences.add(random.nextBoolean() ? "8N" : "105A");
        maybe(r, 0.2, "alcohol_drugs");
        maybe(r, 0.2, "injury");
        return r;
    }

    private Report neglect() {
        TownPerson c = cast.pick(ordinary);
        TownPerson parent = cast.parentOf.get(c);
        Report r = town.report(town.socialCare(), null, whileChild(c), true, "referral");
        subjects.child(r, c, "victim", true);
        ObjectNode p = r.subject(parent, random.nextDouble() < 0.5 ? "suspect" : "other", writing.known(parent));
        p.put("address", writing.address(parent.address));
        TownPerson partner = partnerOf.get(parent);
        if (partner != null && random.nextBoolean()) {
            subjects.offender(r, partner, "suspect", true, null, false);
        }
        maybe(r, 0.3, "school_absence");
        maybe(r, 0.2, "alcohol_drugs");
        return r;
    }

    private Report schoolTransport() {
        List<TownPerson> drivers = new ArrayList<>(cast.benign.get("school transport driver"));
        drivers.addAll(cast.benign.get("taxi driver (school contract)"));
        TownPerson driver = drivers.get(random.nextInt(drivers.size()));
        Report.Place school = cast.schools.get(Math.abs(driver.id.hashCode()) % cast.schools.size());
        TownPerson c = pupilOf(school);
        Report r = town.report(town.transport(), null, whileChild(c), true, "welfare");
        ObjectNode d = subjects.professional(r, driver, cast.pick(new String[] {"reporter", "witness", "other"}));
        if (!d.has("vehicles")) {
            ObjectNode v = d.putArray("vehicles").addObject();
            v.put("vrm", writing.vrm(driver.vehicle.vrm(), false));
        }
        subjects.child(r, c, "other", true);
        for (int k = random.nextInt(3); k > 0; k--) {
            subjects.child(r, pupilOf(school), "other", true);
        }
        r.place(school);
        maybe(r, 0.3, "school_absence");
        maybe(r, 0.05, "vehicle_pickup");
        return r;
    }

    private Report youthClub() {
        TownPerson c = cast.pick(ordinary);
        Report r = town.report(town.youthProject(), null, whileChild(c), false, "welfare");
        subjects.child(r, c, random.nextDouble() < 0.3 ? "victim" : "other", false);
        subjects.professional(r, cast.pick(cast.benign.get("youth worker")), "reporter");
        maybe(r, 0.2, "alcohol_drugs");
        maybe(r, 0.1, "online_contact");
        maybe(r, 0.05, "money");
        return r;
    }

    private Report sport() {
        TownPerson c = cast.pick(ordinary);
        Report r = town.report(town.police(), null, whileChild(c), false, "welfare");
        subjects.professional(r, cast.pick(cast.benign.get("football coach")), random.nextBoolean() ? "reporter"
                : "witness");
        subjects.child(r, c, random.nextBoolean() ? "victim" : "other", true);
        r.place(cast.pick(cast.parks));
        r.indicators.add("injury");
        return r;
    }

    private Report pupils() {
        TownPerson victim = cast.pick(ordinary);
        TownPerson other = cast.pick(ordinary);
        if (other == victim) {
            return schoolWelfare();
        }
        LocalDate day = whileChild(victim);
        Report.Place school = cast.schoolOf.get(victim);
        Report r = town.report(town.police(), null, day, true, "crime");
        subjects.child(r, victim, "victim", true);
        ObjectNode s = subjects.child(r, other, "suspect", true);
        s.remove("address");
        r.place(school);
        r.offences.add(random.nextBoolean() ? "8N" : "105A");
        maybe(r, 0.3, "injury");
        maybe(r, 0.1, "threats");
        return r;
    }

    /** Drugs and disorder intelligence on adults, at the town's ordinary places, sometimes the same takeaways. */
    private Report drugs() {
        TownPerson a = cast.pick(otherAdults);
        LocalDate day = SecondTown.start().plusDays(random.nextInt(SecondTown.days()));
        Report r = town.report(random.nextBoolean() ? town.police() : town.intelligence(), null, day, false,
                "intelligence");
        Report.Place place = random.nextDouble() < 0.15 && !cast.networks.isEmpty()
                ? cast.pick(cast.pick(cast.networks).places) : cast.pick(cast.ordinaryPlaces);
        subjects.offender(r, a, "suspect", true, place, false);
        if (random.nextDouble() < 0.3) {
            subjects.offender(r, cast.pick(otherAdults), "associate", true, place, false);
        }
        r.place(place);
        maybe(r, 0.4, "alcohol_drugs");
        r.grading = subjects.grading();
        if (random.nextDouble() < 0.4) {
            r.offences.add("92A");
        }
        return r;
    }

    private Report fostering() {
        List<TownPerson> fostered = new ArrayList<>(cast.carerOf.keySet());
        if (fostered.isEmpty()) {
            return schoolWelfare(); // a small town may have nobody in foster care
        }
        TownPerson c = fostered.get(random.nextInt(fostered.size()));
        TownPerson carer = cast.carerOf.get(c);
        Report r = town.report(town.socialCare(), null, whileChild(c), true, "welfare");
        subjects.child(r, c, c.kind.equals("victim") && random.nextBoolean() ? "victim" : "other", true);
        subjects.professional(r, carer, random.nextDouble() < 0.7 ? "reporter" : "other");
        maybe(r, 0.2, "school_absence");
        maybe(r, 0.1, "missing");
        return r;
    }

    /** A child names a carer, driver or teacher; the allegation is withdrawn or not substantiated. */
    private Report allegation() {
        List<String> jobs = new ArrayList<>(cast.benign.keySet());
        TownPerson adult = cast.pick(cast.benign.get(cast.pick(jobs)));
        TownPerson c = cast.pick(ordinary);
        Report r = town.report(random.nextBoolean() ? town.police() : town.socialCare(), null, whileChild(c), true,
                "allegation");
        subjects.child(r, c, "victim", true);
        ObjectNode s = r.subject(adult, "suspect", writing.known(adult));
        s.put("sex", adult.sex);
        maybe(r, 0.3, "injury");
        return r;
    }

    /** A 16- or 17-year-old and her boyfriend of 18 to 20: a clinic's routine concern, not exploitation. */
    private Report olderTeen() {
        TownPerson c = cast.pick(ordinary);
        TownPerson boyfriend = boyfriendOf.computeIfAbsent(c, k -> cast.adult("other_adult", "", "",
                k.sex.equals("F") ? 'M' : 'F', 18, 20));
        LocalDate day = c.born.plusYears(16).plusDays(random.nextInt(700));
        if (day.isAfter(SecondTown.start().plusDays(SecondTown.days()))) {
            day = SecondTown.start().plusDays(SecondTown.days() - random.nextInt(30));
        }
        Report r = town.report(town.clinic(), null, day.isBefore(SecondTown.start()) ? SecondTown.start() : day,
                true, "health");
        subjects.child(r, c, "other", false);
        ObjectNode b = r.subject(boyfriend, "associate", new Writing.Name(boyfriend.first, "first"));
        b.put("age", writing.age(boyfriend, day, true));
        r.indicators.add("sexual_health");
        maybe(r, 0.3, "older_partner");
        return r;
    }

    private TownPerson pupilOf(Report.Place school) {
        for (int tries = 0; tries < 50; tries++) {
            TownPerson c = cast.pick(ordinary);
            if (cast.schoolOf.get(c) == school) {
                return c;
            }
        }
        return cast.pick(ordinary);
    }

    /** A day in the six years on which the child is 11 to 17 (or the nearest such day). */
    private LocalDate whileChild(TownPerson c) {
        LocalDate from = max(SecondTown.start(), c.born.plusYears(11));
        LocalDate to = min(SecondTown.start().plusDays(SecondTown.days()), c.born.plusYears(18).minusDays(1));
        if (!to.isAfter(from)) {
            return from;
        }
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay())));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private void maybe(Report r, double p, String indicator) {
        if (random.nextDouble() < p) {
            r.indicators.add(indicator);
        }
    }

    private int geometric(double mean) {
        double p = 1 / (1 + mean);
        int k = 0;
        while (random.nextDouble() > p && k < 1000) {
            k++;
        }
        return k;
    }
}
