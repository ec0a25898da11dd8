package org.vigil.bench.town;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The town's people, places and agencies, before anyone reports anything: offender networks with their takeaways,
 * taxi firms, flats, shared phones and cars; exploited children; benign adults whose work touches many children;
 * parents and other children and adults. Phone numbers are from Ofcom's drama ranges (07700 900xxx, 0114 496 0xxx).
 */
final class Cast {
    /** An offender network and the places, phone and car its men share. */
    static final class Network {
        final String id;
        final List<TownPerson> offenders = new ArrayList<>();
        final List<TownPerson> victims = new ArrayList<>();
        final List<Report.Place> places = new ArrayList<>();
        LocalDate operation;

        Network(String id) {
            this.id = id;
        }
    }

    /** An agency: its name, how it numbers its records, and its professionals. */
    static final class Agency {
        final String name;
        final String code;
        final BiFunction<Integer, Integer, String> numbering;
        final List<Report.Author> staff = new ArrayList<>();
        int next = 1;

        /** @param numbering from the record's year and the agency's running number to its record id */
        Agency(String name, String code, BiFunction<Integer, Integer, String> numbering) {
            this.name = name;
            this.code = code;
            this.numbering = numbering;
        }
    }

    final SplittableRandom random;
    final LocalDate start;
    final List<TownPerson> people = new ArrayList<>();
    final List<Network> networks = new ArrayList<>();
    final List<TownPerson> loneOffenders = new ArrayList<>();
    final java.util.Map<TownPerson, List<TownPerson>> victimsOfLone = new java.util.LinkedHashMap<>();
    final List<TownPerson> children = new ArrayList<>();
    final List<TownPerson> childrenInCare = new ArrayList<>();
    final List<TownPerson> adults = new ArrayList<>();
    final java.util.Map<TownPerson, TownPerson> parentOf = new java.util.LinkedHashMap<>();
    final java.util.Map<TownPerson, TownPerson> carerOf = new java.util.LinkedHashMap<>();
    final java.util.Map<TownPerson, Report.Place> homeOf = new java.util.LinkedHashMap<>();
    final java.util.Map<TownPerson, Report.Place> schoolOf = new java.util.LinkedHashMap<>();
    final java.util.Map<String, List<TownPerson>> benign = new java.util.LinkedHashMap<>();
    final java.util.Map<Report.Place, List<TownPerson>> staffOf = new java.util.LinkedHashMap<>();
    final java.util.Map<Report.Place, TownPerson> teacherOf = new java.util.LinkedHashMap<>();
    final List<Report.Place> schools = new ArrayList<>();
    final List<Report.Place> careHomes = new ArrayList<>();
    final List<Report.Place> hotels = new ArrayList<>();
    final List<Report.Place> parks = new ArrayList<>();
    final List<Report.Place> ordinaryPlaces = new ArrayList<>();
    private final Set<String> phonesUsed = new HashSet<>();
    private final Set<String> vrmsUsed = new HashSet<>();
    private final List<String> takeaways = new ArrayList<>(List.of(Names.TAKEAWAYS));
    private final List<String> taxiFirms = new ArrayList<>(List.of(Names.TAXI_FIRMS));
    private int nextPerson = 1;

    Cast(SplittableRandom random, LocalDate start, int concerns) {
        this.random = random;
        this.start = start;
        places();
        int networkCount = Math.max(1, Math.round(concerns / 550f));
        for (int n = 0; n < networkCount; n++) {
            network("N" + (n + 1));
        }
        for (int i = 0; i < Math.max(1, concerns / 350); i++) {
            TownPerson lone = adult("offender", "", "", 'M', 18, 50);
            lone.nickname = random.nextDouble() < 0.5 ? pick(Names.NICKNAMES) : null;
            lone.phones.add(mobile());
            if (random.nextBoolean()) {
                lone.vehicle = new TownPerson.Vehicle(vrm(), pick(Names.CARS));
            }
            loneOffenders.add(lone);
            List<TownPerson> theirs = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(2); k++) {
                theirs.add(child("victim"));
            }
            victimsOfLone.put(lone, theirs);
        }
        for (int i = 0; i < concerns / 7; i++) {
            TownPerson child = child("other_child");
            if (random.nextDouble() < 0.12) {
                childrenInCare.add(child);
            }
        }
        benignAdults(concerns);
        for (TownPerson child : children) {
            settle(child, childrenInCare.contains(child));
        }
        for (int i = 0; i < concerns / 12; i++) {
            TownPerson a = adult("other_adult", "", "", random.nextBoolean() ? 'M' : 'F', 18, 60);
            if (random.nextDouble() < 0.3) {
                a.vehicle = new TownPerson.Vehicle(vrm(), pick(Names.CARS));
            }
            a.phones.add(mobile());
        }
    }

    private void places() {
        for (String s : new String[] {"St Aidan's Academy", "Northfield High School", "Brinsworth Lane School",
            "Oakwood Academy", "Thornhill Pupil Referral Unit"}) {
            schools.add(new Report.Place("school", s, address()));
        }
        for (String s : new String[] {"Kelham House", "Beech Grove Children's Home", "Orchard View"}) {
            careHomes.add(new Report.Place("care_home", s, address()));
        }
        for (String s : Names.HOTELS) {
            hotels.add(new Report.Place("hotel", s, address()));
        }
        for (String s : new String[] {"Clifton Park", "Memorial Park", "Boston Castle Park"}) {
            parks.add(new Report.Place("park", s, null));
        }
        ordinaryPlaces.add(new Report.Place("shop", "Quik Save Mini Market", address()));
        ordinaryPlaces.add(new Report.Place("shop", "Late Shop", address()));
        ordinaryPlaces.add(new Report.Place("car_park", "Market Street car park", null));
        ordinaryPlaces.add(new Report.Place("other", "Northfield bus station", null));
        ordinaryPlaces.add(new Report.Place("other", "Parkgate shopping centre", null));
        ordinaryPlaces.add(new Report.Place("takeaway", takeaways.remove(random.nextInt(takeaways.size())),
                address()));
        ordinaryPlaces.add(new Report.Place("taxi_firm", taxiFirms.remove(random.nextInt(taxiFirms.size())),
                address()));
    }

    private void network(String id) {
        Network n = new Network(id);
        int men = 3 + random.nextInt(6);
        String sharedPhone = mobile();
        TownPerson.Vehicle sharedCar = new TownPerson.Vehicle(vrm(), pick(Names.CARS));
        for (int i = 0; i < men; i++) {
            TownPerson o = adult("offender", "", id, random.nextDouble() < 0.06 ? 'F' : 'M', 18, 48);
            o.nickname = random.nextDouble() < 0.75 ? pick(Names.NICKNAMES) : null;
            o.alias = random.nextDouble() < 0.2 ? pick(Names.MEN) : null;
            o.phones.add(mobile());
            if (random.nextDouble() < 0.3) {
                o.phones.add(sharedPhone);
            }
            double car = random.nextDouble();
            if (car < 0.2) {
                o.vehicle = sharedCar;
            } else if (car < 0.4) {
                o.vehicle = new TownPerson.Vehicle(vrm(), "taxi, " + pick(Names.CARS));
            } else if (car < 0.7) {
                o.vehicle = new TownPerson.Vehicle(vrm(), pick(Names.CARS));
            }
            n.offenders.add(o);
        }
        if (!takeaways.isEmpty()) {
            n.places.add(new Report.Place("takeaway", takeaways.remove(random.nextInt(takeaways.size())),
                    address()));
        }
        if (!taxiFirms.isEmpty() && random.nextDouble() < 0.7) {
            n.places.add(new Report.Place("taxi_firm", taxiFirms.remove(random.nextInt(taxiFirms.size())),
                    address()));
        }
        n.places.add(new Report.Place("address", "flat above the shops", address()));
        n.places.add(hotels.get(random.nextInt(hotels.size())));
        if (random.nextBoolean()) {
            n.places.add(new Report.Place("car_park", pick(new String[] {"Forge Island car park",
                "Retail Park car park", "Leisure centre car park"}), null));
        }
        int girls = 4 + random.nextInt(8);
        for (int i = 0; i < girls; i++) {
            TownPerson v = child("victim");
            if (random.nextDouble() < 0.4) {
                childrenInCare.add(v);
            }
            n.victims.add(v);
        }
        networks.add(n);
    }

    private void benignAdults(int concerns) {
        int carers = Math.max(3, concerns / 250);
        for (int i = 0; i < carers; i++) {
            TownPerson c = adult("benign_adult", "foster carer", "", random.nextDouble() < 0.7 ? 'F' : 'M', 30, 62);
            c.phones.add(random.nextBoolean() ? mobile() : landline());
            c.vehicle = random.nextBoolean() ? new TownPerson.Vehicle(vrm(), pick(Names.CARS)) : null;
            register(c);
        }
        for (Report.Place home : careHomes) {
            List<TownPerson> staff = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                TownPerson w = adult("benign_adult", "residential care worker", "", random.nextBoolean() ? 'F' : 'M',
                        22, 58);
                w.address = null;
                staff.add(w);
                register(w);
            }
            staffOf.put(home, staff);
        }
        for (Report.Place school : schools) {
            TownPerson t = adult("benign_adult", "teacher", "", random.nextBoolean() ? 'F' : 'M', 25, 60);
            teacherOf.put(school, t);
            register(t);
        }
        String[][] roles = {{"school transport driver", "4"}, {"youth worker", "4"}, {"football coach", "3"},
            {"taxi driver (school contract)", "3"}, {"social worker", "5"}, {"hotel receptionist", "2"},
            {"school nurse", "2"}, {"takeaway owner", "2"}};
        for (String[] role : roles) {
            int count = Integer.parseInt(role[1]) * Math.max(1, concerns / 2500);
            for (int i = 0; i < count; i++) {
                TownPerson b = adult("benign_adult", role[0], "", random.nextDouble() < 0.6 ? 'M' : 'F', 21, 64);
                b.phones.add(mobile());
                if (role[0].contains("driver")) {
                    b.vehicle = new TownPerson.Vehicle(vrm(), role[0].startsWith("taxi") ? "taxi, "
                            + pick(Names.CARS) : "white minibus");
                }
                register(b);
            }
        }
    }

    private void register(TownPerson p) {
        benign.computeIfAbsent(p.occupation, k -> new ArrayList<>()).add(p);
    }

    /** Gives a child a home (a parent, or a foster carer or a care home) and a school. */
    private void settle(TownPerson child, boolean inCare) {
        schoolOf.put(child, schools.get(random.nextInt(schools.size() - (random.nextDouble() < 0.9 ? 1 : 0))));
        TownPerson parent = adult("other_adult", "", "", random.nextDouble() < 0.75 ? 'F' : 'M', 28, 55,
                random.nextDouble() < 0.8 ? child.last : pick(Names.SURNAMES));
        parent.address = child.address;
        parent.phones.add(random.nextBoolean() ? mobile() : landline());
        parentOf.put(child, parent);
        if (inCare) {
            if (random.nextDouble() < 0.5) {
                Report.Place home = careHomes.get(random.nextInt(careHomes.size()));
                homeOf.put(child, home);
                child.address = home.address();
            } else {
                List<TownPerson> carers = benign.get("foster carer");
                TownPerson carer = carers.get(random.nextInt(carers.size()));
                carerOf.put(child, carer);
                child.address = carer.address;
            }
        }
    }

    TownPerson child(String kind) {
        boolean girl = kind.equals("victim") ? random.nextDouble() < 0.93 : random.nextBoolean();
        LocalDate born = start.minusDays(365L * 10 + random.nextInt(365 * 5));
        TownPerson c = new TownPerson(nextId(), kind, "", "", girl ? pick(Names.GIRLS) : pick(Names.BOYS),
                pick(Names.SURNAMES), girl ? "F" : "M", born);
        if (random.nextDouble() < 0.3) {
            c.nickname = c.first.substring(0, Math.min(c.first.length(), 3 + random.nextInt(2)));
        }
        c.address = address();
        if (random.nextDouble() < 0.4) {
            c.phones.add(mobile());
        }
        people.add(c);
        children.add(c);
        return c;
    }

    TownPerson adult(String kind, String occupation, String network, char sex, int minAge, int maxAge) {
        return adult(kind, occupation, network, sex, minAge, maxAge, pick(Names.SURNAMES));
    }

    private TownPerson adult(String kind, String occupation, String network, char sex, int minAge, int maxAge,
            String surname) {
        LocalDate born = start.minusDays(365L * minAge + random.nextInt(365 * (maxAge - minAge + 1)));
        TownPerson a = new TownPerson(nextId(), kind, occupation, network,
                sex == 'M' ? pick(Names.MEN) : pick(Names.WOMEN), surname, String.valueOf(sex), born);
        a.address = address();
        people.add(a);
        adults.add(a);
        return a;
    }

    private String nextId() {
        return String.format("T%05d", nextPerson++);
    }

    String address() {
        return (1 + random.nextInt(180)) + " " + pick(Names.STREETS) + ", NF" + (1 + random.nextInt(9)) + " "
                + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    String mobile() {
        String m;
        do {
            m = String.format("07700900%03d", random.nextInt(1000));
        } while (!phonesUsed.add(m));
        return m;
    }

    private String landline() {
        String m;
        do {
            m = String.format("01144960%03d", random.nextInt(1000));
        } while (!phonesUsed.add(m));
        return m;
    }

    /** A current-style (2001 on) registration: two letters, the age identifier, three letters. */
    String vrm() {
        String letters = "ABCDEFGHJKLMNOPRSTUVWXY";
        String v;
        do {
            int age = random.nextBoolean() ? 2 + random.nextInt(8) : 52 + random.nextInt(8);
            v = "" + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()))
                    + String.format("%02d", age) + " " + letters.charAt(random.nextInt(letters.length()))
                    + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
        } while (!vrmsUsed.add(v));
        return v;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
