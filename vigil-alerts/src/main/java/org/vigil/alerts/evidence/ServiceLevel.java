package org.vigil.alerts.evidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.vigil.harm.score.Grading;

/**
 * How soon a concern must have a decision, set by its indicators, offences, the youngest child named and its
 * grading. Time is event time: a concern becomes overdue when a later record (or {@code advanceTo}) moves the
 * engine's clock past its deadline, never by the wall clock. See {@code docs/decisions/alerts-overdue.md}.
 *
 * <ul>
 *   <li>{@link #CRITICAL}, 24 hours: rape alleged; an exploitation offence against a child under 13; a child taken
 *       to other towns ({@code trafficked_elsewhere}).</li>
 *   <li>{@link #HIGH}, 3 days: any other exploitation offence; two or more specific indicators; a missing child
 *       with a specific indicator.</li>
 *   <li>{@link #STANDARD}, 10 days: one specific indicator.</li>
 *   <li>{@link #ROUTINE}: no exploitation evidence; no overdue alert (ordinary work has its own timescales).</li>
 * </ul>
 * A grading with confidence at least {@value #CONFIDENT} moves a concern one level up; one below
 * {@value #DOUBTFUL} (intelligence graded E, suspected false) moves it one level down, but never to routine:
 * exploitation evidence always has a deadline, since a child's account discounted as unreliable, and then decided on
 * by nobody, is the failure Vigil exists to stop. Ungraded concerns keep their level: an ungraded child's account is
 * not a reason to wait.
 */
public enum ServiceLevel {
    CRITICAL(Duration.ofHours(24)),
    HIGH(Duration.ofDays(3)),
    STANDARD(Duration.ofDays(10)),
    ROUTINE(null);

    public static final double CONFIDENT = 0.8;
    public static final double DOUBTFUL = 0.4;
    /** Rape, under the codes since May 2004 and the two they replaced (19A of a female, 19B of a male). */
    private static final Set<String> RAPE = Set.of("19A", "19B", "19C", "19D", "19E", "19F", "19G", "19H");

    private final Duration within;

    ServiceLevel(Duration within) {
        this.within = within;
    }

    /** The time allowed for a decision; empty for {@link #ROUTINE}. */
    public Optional<Duration> within() {
        return Optional.ofNullable(within);
    }

    /** The level of a concern, with the reasons for it, one sentence each. */
    public static Assessment assess(Exploitation evidence, OptionalInt youngestChild, Optional<Grading> grading) {
        List<String> reasons = new ArrayList<>();
        ServiceLevel level;
        boolean rape = evidence.offences().stream().anyMatch(RAPE::contains);
        boolean under13 = youngestChild.isPresent() && youngestChild.getAsInt() < 13;
        boolean missing = evidence.general().contains(Indicators.MISSING);
        if (rape || (!evidence.offences().isEmpty() && under13) || evidence.specific().contains("trafficked_elsewhere")) {
            level = CRITICAL;
            reasons.add(rape ? "rape alleged" : under13 && !evidence.offences().isEmpty()
                    ? "exploitation offence against a child under 13" : "child taken to other towns");
        } else if (!evidence.offences().isEmpty() || evidence.specific().size() >= 2
                || (missing && !evidence.specific().isEmpty())) {
            level = HIGH;
            reasons.add(!evidence.offences().isEmpty() ? "exploitation offence alleged"
                    : evidence.specific().size() >= 2 ? "two or more specific indicators" : "missing, with a specific indicator");
        } else if (!evidence.specific().isEmpty()) {
            level = STANDARD;
            reasons.add("one specific indicator");
        } else {
            level = ROUTINE;
            reasons.add("no exploitation evidence");
        }
        if (grading.isPresent() && level != ROUTINE) {
            double c = grading.get().confidence();
            if (c >= CONFIDENT && level != CRITICAL) {
                level = values()[level.ordinal() - 1];
                reasons.add(String.format(Locale.UK, "graded %s (confidence %.2f): one level more urgent",
                        grading.get().toText(), c));
            } else if (c < DOUBTFUL && level != STANDARD) {
                level = values()[level.ordinal() + 1];
                reasons.add(String.format(Locale.UK, "graded %s (confidence %.2f): one level less urgent",
                        grading.get().toText(), c));
            } else if (c < DOUBTFUL) {
                reasons.add(String.format(Locale.UK, "graded %s (confidence %.2f), but exploitation evidence keeps a"
                        + " deadline however it is graded", grading.get().toText(), c));
            }
        }
        return new Assessment(level, reasons);
    }

    /** A level and why. */
    public record Assessment(ServiceLevel level, List<String> reasons) {
        public Assessment {
            reasons = List.copyOf(reasons);
        }

        public String describe() {
            return level.name().toLowerCase(Locale.ROOT) + level.within().map(d -> " (" + plain(d) + ")").orElse("")
                    + ": " + String.join("; ", reasons);
        }
    }

    static String plain(Duration d) {
        return d.toHours() < 48 ? d.toHours() + " hours" : d.toDays() + " days";
    }
}
