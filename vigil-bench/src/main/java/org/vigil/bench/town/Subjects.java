package org.vigil.bench.town;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * How each kind of subject is written into a report: which optional fields are present and how often. Children are
 * written by agencies that know them (names, partial dates of birth, addresses); men by those who do not (nicknames,
 * estimated ages, a phone or a part of a registration); professionals by their name and role.
 */
final class Subjects {
    private final SecondTown town;
    private final SplittableRandom random;
    private final Writing writing;
    private final Cast cast;

    Subjects(SecondTown town) {
        this.town = town;
        this.random = town.random();
        this.writing = town.writing();
        this.cast = town.cast();
    }

    ObjectNode child(Report r, TownPerson c, String role, boolean knowsChild) {
        LocalDate on = LocalDate.ofInstant(r.received, ZoneOffset.UTC);
        Writing.Name name = knowsChild || random.nextBoolean() ? writing.known(c) : new Writing.Name(c.first, "first");
        ObjectNode json = r.subject(c, role, name);
        String born = knowsChild ? writing.born(c.born, 0.45, 0.2, 0.15) : writing.born(c.born, 0.15, 0.1, 0.1);
        if (born != null) {
            json.put("born", born);
        }
        if (random.nextDouble() < 0.85) {
            json.put("age", writing.age(c, on, !knowsChild && random.nextDouble() < 0.3));
        }
        if (random.nextDouble() < 0.9) {
            json.put("sex", c.sex);
        }
        if (c.address != null && random.nextDouble() < (knowsChild ? 0.55 : 0.15)) {
            json.put("address", writing.address(c.address));
        }
        if (!c.phones.isEmpty() && random.nextDouble() < 0.15) {
            json.putArray("phones").add(writing.phone(c.phones.get(0)));
        }
        return json;
    }

    /** The adult who reports a child missing or is told of a concern: a foster carer, a care worker or a parent. */
    void guardian(Report r, TownPerson child) {
        TownPerson carer = cast.carerOf.get(child);
        Report.Place home = cast.homeOf.get(child);
        if (carer != null) {
            professional(r, carer, random.nextDouble() < 0.8 ? "reporter" : "other");
        } else if (home != null) {
            professional(r, cast.pick(cast.staffOf.get(home)), "reporter");
            if (random.nextDouble() < 0.5) {
                r.place(home);
            }
        } else if (random.nextDouble() < 0.75) {
            TownPerson parent = cast.parentOf.get(child);
            ObjectNode json = r.subject(parent, random.nextDouble() < 0.8 ? "reporter" : "other", writing.known(parent));
            if (random.nextDouble() < 0.4) {
                json.put("address", writing.address(parent.address));
            }
            if (random.nextDouble() < 0.3) {
                json.putArray("phones").add(writing.phone(parent.phones.get(0)));
            }
            if (random.nextDouble() < 0.5) {
                json.put("sex", parent.sex);
            }
        }
    }

    /** A professional named in a report: reporter, witness or other; their work phone and vehicle sometimes. */
    ObjectNode professional(Report r, TownPerson p, String role) {
        Writing.Name name = random.nextDouble() < 0.7 ? writing.full(p) : writing.known(p);
        ObjectNode json = r.subject(p, role, name);
        if (random.nextDouble() < 0.3) {
            json.put("sex", p.sex);
        }
        if (!p.phones.isEmpty() && random.nextDouble() < 0.3) {
            json.putArray("phones").add(writing.phone(p.phones.get(0)));
        }
        if (p.vehicle != null && random.nextDouble() < 0.25) {
            ObjectNode v = json.putArray("vehicles").addObject();
            v.put("vrm", writing.vrm(p.vehicle.vrm(), false));
            v.put("description", p.vehicle.description());
        }
        return json;
    }

    /**
     * A man as a report names him. Police who know him give his full name more often; a child or carer gives a
     * nickname or a first name, perhaps a phone or part of a registration. An unnamed man is written with something
     * else that identifies him when there is one.
     */
    ObjectNode offender(Report r, TownPerson m, String role, boolean police, Report.Place at, boolean witness) {
        LocalDate on = LocalDate.ofInstant(r.received, ZoneOffset.UTC);
        Writing.Name name = police && random.nextDouble() < 0.45 ? writing.full(m) : writing.offender(m, police);
        String written = role;
        double twist = random.nextDouble();
        if (role.equals("suspect") && twist < 0.15) {
            written = "associate";
        } else if (twist > 0.95) {
            written = "other";
        }
        ObjectNode json = r.subject(m, written, name);
        boolean unnamed = name.text() == null;
        if (random.nextDouble() < 0.75) {
            json.put("sex", m.sex);
        }
        if (random.nextDouble() < (police ? 0.7 : 0.5)) {
            json.put("age", writing.age(m, on, !police));
        }
        if (police && random.nextDouble() < 0.3) {
            String born = writing.born(m.born, 0.6, 0.1, 0.3);
            if (born != null) {
                json.put("born", born);
            }
        }
        if (!m.phones.isEmpty() && random.nextDouble() < (unnamed ? 0.6 : 0.3)) {
            json.putArray("phones").add(writing.phone(m.phones.get(random.nextInt(m.phones.size()))));
        }
        if (m.vehicle != null && random.nextDouble() < (unnamed ? 0.7 : 0.3)) {
            ObjectNode v = json.putArray("vehicles").addObject();
            v.put("vrm", writing.vrm(m.vehicle.vrm(), witness));
            if (random.nextDouble() < 0.7) {
                v.put("description", m.vehicle.description());
            }
        }
        if (police && m.address != null && random.nextDouble() < 0.2) {
            json.put("address", writing.address(m.address));
        }
        if (name.form().equals("full") && random.nextDouble() < 0.3) {
            String other = m.nickname != null ? m.nickname : m.alias;
            if (other != null) {
                json.putArray("aliases").add(other);
            }
        }
        if (at != null && random.nextDouble() < 0.5) {
            json.putArray("places").add(r.place(at));
        }
        return json;
    }

    /** An intelligence grading: mostly 3x5x2, sometimes the legacy 5x5x5 kept as given, sometimes none. */
    ObjectNode grading() {
        double g = random.nextDouble();
        if (g < 0.2) {
            return null;
        }
        ObjectNode o = Report.NODES.objectNode();
        if (g < 0.35) {
            o.put("scheme", "5x5x5");
            o.put("source", String.valueOf("ABCDE".charAt(random.nextInt(5))));
            o.put("intelligence", String.valueOf(1 + random.nextInt(5)));
            o.put("handling", String.valueOf(1 + random.nextInt(5)));
            return o;
        }
        o.put("source", String.valueOf(1 + random.nextInt(3)));
        o.put("intelligence", String.valueOf("ABCDE".charAt(random.nextInt(5))));
        o.put("handling", random.nextDouble() < 0.85 ? "P" : "C");
        return o;
    }
}
