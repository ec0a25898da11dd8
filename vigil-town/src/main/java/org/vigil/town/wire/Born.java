package org.vigil.town.wire;

import java.time.LocalDate;
import org.vigil.town.story.Agency;
import org.vigil.town.story.ConcernPlan;
import org.vigil.town.story.SubjectPlan;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Kind;
import org.vigil.town.world.Person;

/**
 * A date of birth as a report gives it (spec §1: "1987-05-02", "1987-05" or "1987"), or not at all. Agencies that
 * hold case files give children's dates in full; clinics and youth workers often only a year; the men are rarely
 * known this well until they are arrested. Now and then day and month are swapped, as long as that is still a
 * date before the concern.
 */
final class Born {
    private Born() {
    }

    static String write(Person p, SubjectPlan s, ConcernPlan plan, int day, Dice dice) {
        LocalDate born = LocalDate.ofEpochDay(p.bornDay);
        int form;
        if (s.identified) {
            form = 0;
        } else if (p.kind == Kind.OFFENDER) {
            form = dice.weighted(plan.agency.isPolice() ? 0.15 : 0.03, 0.02, plan.agency.isPolice() ? 0.1 : 0.04, 1);
        } else if (p.isChildOn(day)) {
            boolean caseFile = plan.agency.isPolice() || plan.agency == Agency.SOCIAL_CARE
                    || plan.agency == Agency.EDUCATION || plan.agency == Agency.RESIDENTIAL_CARE;
            form = caseFile ? dice.weighted(55, 10, 5, 30) : dice.weighted(30, 15, 10, 45);
        } else {
            form = dice.weighted(0.2, 0.03, 0.05, 1);
        }
        return switch (form) {
            case 0 -> {
                if (!s.identified && dice.chance(0.03) && born.getDayOfMonth() <= 12
                        && born.getDayOfMonth() != born.getMonthValue()) {
                    LocalDate swapped = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
                    if (swapped.toEpochDay() <= day) {
                        yield swapped.toString();
                    }
                }
                yield born.toString();
            }
            case 1 -> born.toString().substring(0, 7);
            case 2 -> Integer.toString(born.getYear());
            default -> null;
        };
    }
}
