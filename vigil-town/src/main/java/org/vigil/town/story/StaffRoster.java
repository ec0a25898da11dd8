package org.vigil.town.story;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigil.town.names.NameBook;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Occupation;
import org.vigil.town.world.Person;

/**
 * Who works where, and when: for each agency a few posts, each held by a succession of professionals over the
 * years. Youth workers, teachers and social workers are people of the town as well as authors; they are made
 * through {@code professional}, so the truth can name them when a concern does.
 */
public final class StaffRoster {
    private record Tenure(Staff staff, int from, int to) {
    }

    private static final String[] POLICE_ROLES = {"police constable", "detective constable", "police sergeant",
        "detective sergeant", "call handler", "intelligence officer", "inspector"};
    private static final String[] POLICE_TITLES = {"PC", "DC", "PS", "DS", "", "", "Insp"};

    private final Map<Agency, List<List<Tenure>>> posts = new EnumMap<>(Agency.class);
    private final Map<String, List<List<Tenure>>> byPrefix = new java.util.HashMap<>();
    private final String district;

    public StaffRoster(Dice dice, int district, double scale, Function<Occupation, Person> professional) {
        this.district = district == 0 ? "" : district + "-";
        int serial = 0;
        for (String prefix : List.of("pol", "yp", "csc", "sh", "edu", "rc", "tl", "ae")) {
            int count = Math.max(1, (int) Math.round(scale * switch (prefix) {
                case "pol" -> 14;
                case "csc", "edu" -> 8;
                case "yp", "rc", "ae" -> 4;
                case "sh" -> 3;
                default -> 2;
            }));
            List<List<Tenure>> lines = new ArrayList<>();
            for (int post = 0; post < count; post++) {
                List<Tenure> line = new ArrayList<>();
                int from = Calendar.FIRST_DAY - dice.between(0, 2000);
                while (from <= Calendar.LAST_DECISION_DAY) {
                    int to = from + dice.between(700, 3600);
                    line.add(new Tenure(staff(dice, prefix, ++serial, professional), from, to));
                    from = to + 1;
                }
                lines.add(line);
            }
            byPrefix.put(prefix, lines);
        }
        for (Agency agency : Agency.values()) {
            posts.put(agency, byPrefix.get(agency.staffPrefix()));
        }
    }

    /**
     * Someone in post at {@code agency} on {@code day}: for police intelligence an intelligence officer or
     * constable, for other police records anyone but an intelligence officer or inspector.
     */
    public Staff author(Agency agency, int day, Dice dice) {
        if (!agency.isPolice()) {
            return inPost(posts.get(agency), day, dice, role -> true);
        }
        if (agency == Agency.POLICE_INTELLIGENCE) {
            return inPost(posts.get(agency), day, dice,
                    role -> role.equals("intelligence officer") || role.endsWith("constable"));
        }
        return inPost(posts.get(agency), day, dice,
                role -> !role.equals("intelligence officer") && !role.equals("inspector"));
    }

    /** A police officer who can close or progress a concern on {@code day} (not a call handler). */
    public Staff policeDecider(int day, Dice dice) {
        return inPost(byPrefix.get("pol"), day, dice,
                role -> !role.equals("call handler") && !role.equals("intelligence officer"));
    }

    /** A social worker or manager in children's social care on {@code day}. */
    public Staff socialCare(int day, Dice dice) {
        return inPost(byPrefix.get("csc"), day, dice, role -> true);
    }

    /** Tries a few posts for someone in post whose role fits; failing that, anyone in post will do. */
    private static Staff inPost(List<List<Tenure>> lines, int day, Dice dice, Predicate<String> fits) {
        for (int attempt = 0; attempt < 12; attempt++) {
            Staff staff = holder(dice.pick(lines), day);
            if (fits.test(staff.role())) {
                return staff;
            }
        }
        return holder(lines.get(0), day);
    }

    /** Who holds this post on {@code day}; every post is held from before 1997 to after 2016. */
    private static Staff holder(List<Tenure> line, int day) {
        for (Tenure t : line) {
            if (t.from() <= day && day <= t.to()) {
                return t.staff();
            }
        }
        return line.get(line.size() - 1).staff();
    }

    private Staff staff(Dice dice, String prefix, int serial, Function<Occupation, Person> professional) {
        String id;
        if (prefix.equals("pol")) {
            id = prefix + "-" + district + (1000 + (serial * 7919) % 9000);
        } else {
            id = prefix + "-" + district + Calendar.padded(serial, 2);
        }
        Occupation occupation = switch (prefix) {
            case "yp" -> Occupation.YOUTH_WORKER;
            case "csc" -> Occupation.SOCIAL_WORKER;
            case "edu" -> Occupation.TEACHER;
            default -> null;
        };
        if (occupation != null) {
            Person person = professional.apply(occupation);
            person.professionalId = id;
            String role = switch (prefix) {
                case "yp" -> dice.chance(0.7) ? "youth worker" : "project manager";
                case "csc" -> dice.chance(0.75) ? "social worker" : "team manager";
                default -> dice.chance(0.6) ? "teacher" : "head of year";
            };
            return new Staff(id, person.given.charAt(0) + ". " + person.surname, role, person);
        }
        char sex = dice.chance(0.5) ? 'F' : 'M';
        String name = NameBook.given(sex, dice).charAt(0) + ". " + NameBook.surname(dice);
        if (prefix.equals("pol")) {
            int r = dice.weighted(5, 3, 1.5, 1.5, 2, 1.5, 0.7);
            String title = POLICE_TITLES[r];
            return new Staff(id, title.isEmpty() ? name : title + " " + name, POLICE_ROLES[r], null);
        }
        String role = switch (prefix) {
            case "sh" -> dice.chance(0.6) ? "sexual health nurse" : "health adviser";
            case "rc" -> dice.chance(0.7) ? "residential care worker" : "home manager";
            case "tl" -> "licensing officer";
            default -> dice.chance(0.6) ? "staff nurse" : "emergency doctor";
        };
        return new Staff(id, name, role, null);
    }
}
