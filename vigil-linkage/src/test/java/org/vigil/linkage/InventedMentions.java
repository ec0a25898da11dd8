package org.vigil.linkage;

import java.time.LocalDate;
import java.util.Random;
import org.vigil.linkage.table.PersonRecord;

/**
 * Invented mentions drawn from small pools, so that every comparison level, absent fields, aliases, and common
 * and rare values all occur among a few hundred records. Every person here is invented.
 */
public final class InventedMentions {
    private static final String[] GIVEN = {"ashraf", "ash", "ashley", "chloe", "cloe", "mohammed", "mo", "jade", "j",
        "daniel", "danny", "zara", "kasia", "tomasz"};
    private static final String[] SURNAMES = {"khan", "kahn", "smith", "smyth", "jones", "kowalski", "begum", "hussain",
        "sutcliffe", "k", "okafor"};

    private InventedMentions() {
    }

    /** Mention number {@code i} (its id is {@code "m" + i}); its companions are earlier mentions. */
    public static PersonRecord mention(Random r, int i) {
        PersonRecord.Builder b = PersonRecord.builder("m" + i);
        if (r.nextInt(10) > 0) {
            String given = GIVEN[r.nextInt(GIVEN.length)];
            b.name(r.nextInt(3) == 0 ? given : given + " " + SURNAMES[r.nextInt(SURNAMES.length)]);
        }
        if (r.nextInt(8) == 0) {
            b.alias(GIVEN[r.nextInt(GIVEN.length)] + " " + SURNAMES[r.nextInt(SURNAMES.length)]);
        }
        switch (r.nextInt(4)) {
            case 0 -> b.born(String.format("19%02d-%02d-%02d", 80 + r.nextInt(5), 1 + r.nextInt(3), 1 + r.nextInt(3)));
            case 1 -> b.age(20 + r.nextInt(6), LocalDate.of(2003, 7, 14));
            default -> { }
        }
        if (r.nextBoolean()) {
            b.sex(r.nextBoolean() ? "M" : "F");
        }
        if (r.nextInt(3) == 0) {
            b.phone(String.format("07700 9004%02d", r.nextInt(30)));
        }
        if (r.nextInt(4) == 0) {
            b.vrm(r.nextBoolean() ? "R762 KLT" : r.nextBoolean() ? "R7?2 KLT" : "YX51 ABC");
        }
        if (r.nextInt(3) == 0) {
            b.place(r.nextInt(4) == 0 ? "Star Pizza" : "place " + r.nextInt(5));
        }
        if (r.nextInt(3) == 0) {
            b.address((1 + r.nextInt(4)) + " Ferham Road, S60 " + (1 + r.nextInt(3)) + "AB");
        }
        if (r.nextInt(5) == 0 && i > 0) {
            b.companion("m" + r.nextInt(i));
        }
        if (r.nextInt(12) == 0) {
            b.email("ash" + r.nextInt(3) + "@example.com");
        }
        if (r.nextInt(12) == 0) {
            b.identifier("AB12345" + r.nextInt(3));
        }
        return b.build();
    }
}
