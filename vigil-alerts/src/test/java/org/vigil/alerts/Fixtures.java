package org.vigil.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.DecisionObserved;
import org.vigil.alerts.observation.MentionObserved;

/** Small hand-made observations: a day number stands for an event time, a role and a person id for a mention. */
public final class Fixtures {
    public static final Instant DAY_ZERO = Instant.parse("2003-01-01T09:00:00Z");

    private Fixtures() {
    }

    public static Instant day(double n) {
        return DAY_ZERO.plus(Duration.ofMinutes(Math.round(n * 24 * 60)));
    }

    /** A subject: its ref is filled in by {@link #concern}. */
    public record Subject(String person, String role, Integer age, String[] vrms, String[] phones, String[] places) {
        public Subject vrm(String... v) {
            return new Subject(person, role, age, v, phones, places);
        }

        public Subject phone(String... p) {
            return new Subject(person, role, age, vrms, p, places);
        }

        public Subject at(String... placeKeys) {
            return new Subject(person, role, age, vrms, phones, placeKeys);
        }
    }

    public static Subject suspect(String person) {
        return new Subject(person, "suspect", null, new String[0], new String[0], new String[0]);
    }

    public static Subject child(String person, int age) {
        return new Subject(person, "victim", age, new String[0], new String[0], new String[0]);
    }

    public static Subject as(String role, String person, Integer age) {
        return new Subject(person, role, age, new String[0], new String[0], new String[0]);
    }

    public static ConcernObserved concern(String id, double day, String agency, Subject... subjects) {
        List<MentionObserved> mentions = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) {
            Subject s = subjects[i];
            MentionObserved m = MentionObserved.of(id + "/s" + (i + 1), s.person(), s.role())
                    .withVrms(s.vrms()).withPhones(s.phones()).withPlaces(s.places());
            mentions.add(s.age() == null ? m : m.withAge(s.age()));
        }
        return ConcernObserved.of(id, day(day), agency, mentions);
    }

    /** A concern that is exploitation evidence: a child, an older "boyfriend", gifts. */
    public static ConcernObserved grooming(String id, double day, Subject... subjects) {
        return concern(id, day, "Youth Project", subjects).withIndicators("older_partner", "gifts");
    }

    /** The one alert of this kind; fails if there is not exactly one. */
    public static Alert only(AlertEngine engine, org.vigil.alerts.pattern.AlertKind kind) {
        List<Alert> found = engine.alerts().stream().filter(a -> a.kind() == kind).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " alert, found " + found.size() + ": " + found);
        }
        return found.get(0);
    }

    public static DecisionObserved nfa(String id, String concern, double day) {
        return DecisionObserved.of(id, concern, day(day), DecisionObserved.NO_FURTHER_ACTION, "lifestyle choice");
    }

    public static DecisionObserved decided(String id, String concern, double day, String outcome) {
        return DecisionObserved.of(id, concern, day(day), outcome, "");
    }
}
