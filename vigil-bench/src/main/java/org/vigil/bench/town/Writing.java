package org.vigil.bench.town;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How a busy professional writes what they were told: names whole or in part, phones in any UK style, registrations
 * with unknown characters, partial dates of birth and local times with an offset. Each method returns the written
 * text; {@link Name} also says which form was used, for the truth file.
 */
final class Writing {
    /** A name as written, and its form (see the package glossary); {@code text} is null for {@code none}. */
    record Name(String text, String form) {
    }

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

    private final SplittableRandom random;

    Writing(SplittableRandom random) {
        this.random = random;
    }

    /**
     * The name of an adult suspect or associate as a child or a witness would give it: most often a nickname or a first
     * name, the full name mostly when police know him.
     */
    Name offender(TownPerson p, boolean knownToPolice) {
        double r = random.nextDouble();
        if (p.nickname != null && r < 0.38) {
            return new Name(casing(p.nickname), "nickname");
        }
        if (p.alias != null && r < 0.45) {
            return new Name(p.alias, "alias");
        }
        if (r < (knownToPolice ? 0.55 : 0.68)) {
            return new Name(p.first, "first");
        }
        if (r < 0.74) {
            return new Name(misspell(p.first) + (random.nextBoolean() ? "" : " " + p.last), "misspelling");
        }
        if (r < 0.80) {
            return new Name(null, "none");
        }
        return full(p);
    }

    /** A child's or a professional's name as an agency that knows them writes it: usually in full. */
    Name known(TownPerson p) {
        double r = random.nextDouble();
        if (r < 0.58) {
            return full(p);
        }
        if (r < 0.72) {
            return new Name(p.first, "first");
        }
        if (r < 0.80) {
            return new Name(misspell(p.first) + " " + p.last, "misspelling");
        }
        if (r < 0.86) {
            return new Name(p.last.toUpperCase(Locale.ROOT) + ", " + p.first, "surname_first");
        }
        if (r < 0.92) {
            return new Name(p.first.charAt(0) + ". " + p.last, "initial");
        }
        if (p.nickname != null && r < 0.96) {
            return new Name(p.nickname, "nickname");
        }
        return r < 0.98 ? new Name(null, "none") : full(p);
    }

    Name full(TownPerson p) {
        String text = p.first + " " + p.last;
        return new Name(random.nextDouble() < 0.08 ? text.toUpperCase(Locale.ROOT) : text, "full");
    }

    private String casing(String nickname) {
        double r = random.nextDouble();
        if (r < 0.1) {
            return nickname.toLowerCase(Locale.ROOT);
        }
        if (r < 0.2) {
            return "'" + nickname + "'";
        }
        return nickname;
    }

    /** A plausible slip of the pen: a doubled, dropped or swapped letter, or a vowel for a vowel. */
    String misspell(String name) {
        if (name.length() < 4) {
            return name + name.charAt(name.length() - 1);
        }
        int i = 1 + random.nextInt(name.length() - 2);
        char[] c = name.toCharArray();
        switch (random.nextInt(4)) {
            case 0 -> {
                return name.substring(0, i) + c[i] + name.substring(i);
            }
            case 1 -> {
                return name.substring(0, i) + name.substring(i + 1);
            }
            case 2 -> {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                return new String(c);
            }
            default -> {
                String vowels = "aeiouy";
                for (int k = 1; k < c.length; k++) {
                    int v = vowels.indexOf(c[k]);
                    if (v >= 0) {
                        c[k] = vowels.charAt((v + 1 + random.nextInt(vowels.length() - 1)) % vowels.length());
                        return new String(c);
                    }
                }
                return name + "e";
            }
        }
    }

    /** A phone number written as people write them: spaced or not, with +44, brackets or dashes. */
    String phone(String digits) {
        String local = digits.substring(0, 5);
        String rest = digits.substring(5);
        return switch (random.nextInt(7)) {
            case 0, 1 -> local + " " + rest;
            case 2 -> digits;
            case 3 -> "+44 " + digits.substring(1, 5) + " " + rest;
            case 4 -> "+44" + digits.substring(1);
            case 5 -> local + "-" + rest.substring(0, 3) + "-" + rest.substring(3);
            default -> "(" + local + ") " + rest;
        };
    }

    /**
     * A registration as a witness gives it: whole (sometimes without the space, or in lower case), or with one to
     * three characters unknown ({@code ?}), or only its first part.
     */
    String vrm(String vrm, boolean witness) {
        double r = random.nextDouble();
        if (!witness || r < 0.45) {
            double s = random.nextDouble();
            return s < 0.15 ? vrm.replace(" ", "") : s < 0.22 ? vrm.toLowerCase(Locale.ROOT) : vrm;
        }
        char[] c = vrm.toCharArray();
        if (r < 0.9) {
            int unknown = 1 + random.nextInt(2);
            for (int k = 0; k < unknown; k++) {
                int i = random.nextInt(c.length);
                if (c[i] != ' ') {
                    c[i] = '?';
                }
            }
            return new String(c);
        }
        return vrm.substring(0, 4) + " ???";
    }

    /** A date of birth as recorded: whole, year and month, year only, or not at all (null). */
    String born(LocalDate born, double whole, double monthOnly, double yearOnly) {
        double r = random.nextDouble();
        if (r < whole) {
            return born.toString();
        }
        if (r < whole + monthOnly) {
            return born.toString().substring(0, 7);
        }
        if (r < whole + monthOnly + yearOnly) {
            return Integer.toString(born.getYear());
        }
        return null;
    }

    /** An age as stated, or as estimated by someone who saw the person (within five years either way). */
    int age(TownPerson p, LocalDate on, boolean estimated) {
        int age = p.ageOn(on);
        return estimated ? Math.max(p.child(on) ? 11 : 18, age + random.nextInt(11) - 5) : age;
    }

    /**
     * A time as an agency's system exports it: mostly UTC with a Z, often UK local time with its offset (+01:00 in
     * summer), sometimes without seconds or with milliseconds.
     */
    String time(Instant t) {
        double r = random.nextDouble();
        if (r < 0.55) {
            return t.toString();
        }
        if (r < 0.62) {
            return t.atOffset(ZoneOffset.UTC).format(LOCAL_MINUTES.withLocale(Locale.ROOT)).replace("Z", "+00:00");
        }
        ZonedDateTime local = t.atZone(UK);
        if (r < 0.66) {
            return local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx"));
        }
        return local.format(r < 0.95 ? LOCAL : LOCAL_MINUTES);
    }

    /** An address as written: road or rd, with or without the flat, the postcode or the capitals. */
    String address(String address) {
        String a = address;
        if (random.nextDouble() < 0.3) {
            a = a.replace(" Road", " Rd").replace(" Street", " St").replace(" Avenue", " Ave");
        }
        if (random.nextDouble() < 0.2) {
            int comma = a.lastIndexOf(',');
            a = comma > 0 ? a.substring(0, comma) : a;
        }
        if (random.nextDouble() < 0.1) {
            a = a.toLowerCase(Locale.ROOT);
        }
        return a;
    }
}
