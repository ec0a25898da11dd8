package org.vigil.town.wire;

import java.util.List;
import java.util.Locale;
import org.vigil.town.names.Misspellings;
import org.vigil.town.story.Agency;
import org.vigil.town.story.SubjectPlan;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Kind;
import org.vigil.town.world.Person;

/**
 * A person's name as one report wrote it: the form, the text (null for {@link NameForm#NONE}) and any other names
 * the same report gave. Police write surnames first and in capitals; youth workers and clinics write what the child
 * called him; offenders are often known only by a nickname, some never by anything else.
 */
public record WrittenName(NameForm form, String text, List<String> aliases) {

    private static final NameForm[] FORMS = NameForm.values();

    /** How {@code subject} is named in a report from {@code agency}. */
    public static WrittenName of(SubjectPlan subject, Agency agency, Dice dice) {
        Person p = subject.person;
        NameForm form = choose(subject, agency, dice);
        String text = text(p, form, agency, dice);
        List<String> aliases = List.of();
        if (p.kind == Kind.OFFENDER && !p.nicknameOnly) {
            if (p.nickname != null && form != NameForm.NICKNAME && form != NameForm.NONE && dice.chance(0.35)) {
                aliases = List.of(p.nickname);
            } else if (form == NameForm.NICKNAME && dice.chance(0.2)) {
                aliases = List.of(p.given);
            } else if (p.alias != null && form == NameForm.FULL && dice.chance(0.2)) {
                aliases = List.of(p.alias);
            }
        } else if (p.nickname != null && form == NameForm.FULL && dice.chance(0.06)) {
            aliases = List.of(p.nickname);
        }
        return new WrittenName(form, text, aliases);
    }

    private static NameForm choose(SubjectPlan subject, Agency agency, Dice dice) {
        Person p = subject.person;
        boolean police = agency.isPolice();
        boolean traceable = !subject.phones.isEmpty() || !subject.cars.isEmpty() || !subject.places.isEmpty();
        if (p.nicknameOnly) {
            return traceable && dice.chance(0.2) ? NameForm.NONE : NameForm.NICKNAME;
        }
        if (subject.identified) {
            return police && dice.chance(0.5) ? NameForm.SURNAME_FIRST : NameForm.FULL;
        }
        double nickname = p.nickname == null ? 0 : 1;
        double[] w = switch (p.kind) {
            // full, first, nickname, misspelt, initial, surname-first, title, alias, none
            case OFFENDER -> new double[] {police ? 2.5 : 1, police ? 1 : 2.5, 3 * nickname, 1.2, 0.3,
                police ? 1.5 : 0, 0, p.alias == null ? 0 : 0.5, traceable ? 0.8 : 0.15};
            case VICTIM, OTHER_CHILD -> new double[] {5, agency == Agency.SEXUAL_HEALTH ? 2 : 0.8, 0.3 * nickname, 1,
                0.2, police ? 1.2 : 0, 0, 0, 0};
            case BENIGN_ADULT -> new double[] {4, 0.8, 0.2 * nickname, 0.5, 1, police ? 0.5 : 0, 2, 0, 0};
            default -> new double[] {4, 0.5, 0.1 * nickname, 0.6, 0.5, police ? 1 : 0, 1.2, 0, 0};
        };
        return FORMS[dice.weighted(w)];
    }

    private static String text(Person p, NameForm form, Agency agency, Dice dice) {
        return switch (form) {
            case FULL -> agency.isPolice() && dice.chance(0.15)
                    ? p.given + " " + p.surname.toUpperCase(Locale.ROOT) : p.fullName();
            case FIRST -> p.given;
            case NICKNAME -> p.nickname != null ? p.nickname : p.given;
            case MISSPELT -> switch (dice.below(4)) {
                case 0 -> Misspellings.misspell(p.given, dice) + " " + p.surname;
                case 1 -> p.given + " " + Misspellings.misspell(p.surname, dice);
                case 2 -> Misspellings.misspell(p.given, dice);
                default -> Misspellings.misspell(p.given, dice) + " " + Misspellings.misspell(p.surname, dice);
            };
            case INITIAL -> p.given.charAt(0) + (dice.chance(0.7) ? ". " : " ") + p.surname;
            case SURNAME_FIRST -> p.surname.toUpperCase(Locale.ROOT) + ", " + p.given;
            case TITLE -> (p.sex == 'F' ? dice.pick(new String[] {"Mrs", "Ms", "Miss"}) : "Mr") + " " + p.surname;
            case ALIAS -> p.alias;
            case NONE -> null;
        };
    }
}
