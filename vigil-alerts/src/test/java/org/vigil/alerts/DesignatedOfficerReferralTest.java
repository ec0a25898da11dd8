package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.grooming;
import static org.vigil.alerts.Fixtures.suspect;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.pattern.AlertKind;

/**
 * Rule 14 of {@code alerts-benign-adults.md}: one allegation referred to or by the designated officer on evidence
 * weaker than rule 4's bar lists the adult in no alert about other people until a second report counts; their own
 * alerts, and referrals of strong evidence, are as anyone's.
 */
class DesignatedOfficerReferralTest {

    /** Whether any version of any alert but {@code overdue} lists the person as a suspect. */
    private static boolean listed(AlertEngine engine, String person) {
        return engine.alerts().stream().filter(a -> a.kind() != AlertKind.OVERDUE)
                .flatMap(a -> Stream.concat(Stream.of(a.persons()), a.updates().stream().map(AlertUpdate::persons)))
                .flatMap(List::stream)
                .anyMatch(p -> p.person().equals(person) && p.part().equals("suspect"));
    }

    /**
     * One allegation against ADULT about child K, sent by the designated officer or written by one, ticking one specific
     * indicator and perhaps a general one.
     */
    private static ConcernObserved referral(String id, double day, boolean byAgency, boolean general) {
        ConcernObserved c = byAgency
                ? concern(id, day, "Local Authority Designated Officer", child("K", 13), suspect("ADULT"))
                : concern(id, day, "Children's Social Care", child("K", 13), suspect("ADULT")).withAuthor("la-1", "LADO");
        return general ? c.withIndicators("vehicle_pickup", "injury") : c.withIndicators("gifts");
    }

    /** Men who groom K, each report closed; the referral comes before, among or after them, and is closed too. */
    private static AlertEngine networkAbout(ConcernObserved referral, int when, int men) {
        AlertEngine engine = new AlertEngine();
        if (when == 0) {
            engine.observe(referral);
        }
        for (int i = 0; i < men; i++) {
            engine.observe(grooming("YP-" + i, 10 + i, child("K", 13), suspect("MAN" + i)));
            engine.observe(Fixtures.nfa("YP-" + i + "-D", "YP-" + i, 10.5 + i));
            if (when == 1 && i == 0) {
                engine.observe(referral);
            }
        }
        if (when == 2) {
            engine.observe(referral);
        }
        engine.observe(Fixtures.nfa(referral.id() + "-D", referral.id(), 40));
        return engine;
    }

    @Property(tries = 100)
    void oneWeakReferralListsTheAdultInNoAlertAboutOthers(@ForAll boolean byAgency, @ForAll boolean general,
            @ForAll @IntRange(min = 0, max = 2) int when, @ForAll @IntRange(min = 2, max = 4) int men) {
        double day = when == 0 ? 0 : when == 1 ? 10.2 : 30;
        AlertEngine engine = networkAbout(referral("LA-1", day, byAgency, general), when, men);

        assertThat(engine.alerts()).anyMatch(a -> a.kind() == AlertKind.NETWORK);
        assertThat(engine.alerts()).anyMatch(a -> a.kind() == AlertKind.DISMISSED);
        assertThat(listed(engine, "MAN0")).isTrue();
        assertThat(listed(engine, "ADULT")).isFalse();
    }

    @Property(tries = 12)
    void aSecondReportAgainstTheAdultListsThemAndRaisesTheirOwnAlert(@ForAll boolean byAgency,
            @ForAll @IntRange(min = 0, max = 2) int when) {
        double day = when == 0 ? 0 : when == 1 ? 10.2 : 30;
        AlertEngine engine = networkAbout(referral("LA-1", day, byAgency, false), when, 2);
        engine.observe(concern("SH-9", 60, "Sexual Health", child("J", 14), suspect("ADULT"))
                .withIndicators("older_partner", "sexual_health"));

        assertThat(listed(engine, "ADULT")).isTrue();
        assertThat(engine.alerts()).anyMatch(a -> a.kind() == AlertKind.REPEAT_SUSPECT
                && a.current().persons().stream().anyMatch(p -> p.person().equals("ADULT")));
    }

    @Test
    void aReferralOfStrongEvidenceListsTheAdultAsAnyone() {
        ConcernObserved strong = concern("LA-1", 30, "Local Authority Designated Officer", child("K", 13),
                suspect("ADULT")).withIndicators("gifts", "vehicle_pickup", "taxi");
        assertThat(listed(networkAbout(strong, 2, 2), "ADULT")).isTrue();
    }

    @Test
    void theSameWeakAllegationFromAnotherAgencyListsTheAdultAsBefore() {
        ConcernObserved police = concern("PC-1", 30, "Police", child("K", 13), suspect("ADULT")).withIndicators("gifts");
        assertThat(listed(networkAbout(police, 2, 2), "ADULT")).isTrue();
    }
}
