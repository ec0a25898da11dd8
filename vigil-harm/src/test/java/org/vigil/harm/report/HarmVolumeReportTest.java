package org.vigil.harm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.harm.report.Crimes.crime;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.vigil.harm.policeuk.StreetCrime;
import org.vigil.harm.weights.CategoryWeights;
import org.vigil.harm.weights.CrimeCategory;

class HarmVolumeReportTest {
    private static final CategoryWeights WEIGHTS = CategoryWeights.bundled();

    @Test
    void weighsEachCrimeWithItsForcesCategoryWeight() {
        List<StreetCrime> crimes = List.of(
                crime(CrimeCategory.BURGLARY, "Rotherham 012A"),
                crime(CrimeCategory.BURGLARY, "Rotherham 013B"),
                crime(CrimeCategory.VEHICLE_CRIME, "Sheffield 001A"),
                crime(CrimeCategory.BURGLARY, null, "British Transport Police"));
        HarmVolumeReport report = HarmVolumeReport.of(Crimes.of(crimes), WEIGHTS, Grouping.CATEGORY);
        double syBurglary = WEIGHTS.weightFor(CrimeCategory.BURGLARY, Crimes.SYP).days();
        double nationalBurglary = WEIGHTS.national(CrimeCategory.BURGLARY).days();
        double vehicle = WEIGHTS.weightFor(CrimeCategory.VEHICLE_CRIME, Crimes.SYP).days();
        assertThat(syBurglary).isNotEqualTo(nationalBurglary);
        HarmVolumeRow burglary = report.row("Burglary").orElseThrow();
        assertThat(burglary.crimes()).isEqualTo(3);
        assertThat(burglary.harmDays()).isCloseTo(2 * syBurglary + nationalBurglary, within(1e-9));
        assertThat(burglary.volumeShare()).isCloseTo(0.75, within(1e-12));
        assertThat(report.harmDays()).isCloseTo(2 * syBurglary + nationalBurglary + vehicle, within(1e-9));
        assertThat(report.provenance().weightsUsed()).containsEntry("South Yorkshire", 3L).containsEntry("national", 1L);
        assertThat(report.rows().get(0).group()).isEqualTo("Burglary");
    }

    @Test
    void leavesAntiSocialBehaviourOutOfBothTotals() {
        List<StreetCrime> crimes = List.of(
                crime(CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, "Rotherham 012A"),
                crime(CrimeCategory.ROBBERY, "Rotherham 012A"));
        HarmVolumeReport report = HarmVolumeReport.of(Crimes.of(crimes), WEIGHTS, Grouping.CATEGORY);
        assertThat(report.crimes()).isEqualTo(1);
        assertThat(report.antiSocialBehaviour()).isEqualTo(1);
        assertThat(report.row("Anti-social behaviour")).isEmpty();
        assertThat(report.row("Robbery").orElseThrow().volumeShare()).isEqualTo(1.0);
    }

    @Test
    void countsDrugsAndShopliftingInVolumeButNotHarmUnlessAskedTo() {
        List<StreetCrime> crimes = List.of(
                crime(CrimeCategory.DRUGS, "Doncaster 001A"),
                crime(CrimeCategory.SHOPLIFTING, "Doncaster 001A"),
                crime(CrimeCategory.PUBLIC_ORDER, "Doncaster 001A"));
        HarmVolumeReport chi = HarmVolumeReport.of(Crimes.of(crimes), WEIGHTS, Grouping.CATEGORY);
        assertThat(chi.row("Drugs").orElseThrow()).satisfies(r -> {
            assertThat(r.crimes()).isEqualTo(1);
            assertThat(r.harmDays()).isZero();
            assertThat(r.note()).isEqualTo(HarmVolumeReport.EXCLUDED_NOTE);
        });
        assertThat(chi.row("Public order").orElseThrow().harmShare()).isEqualTo(1.0);
        HarmVolumeReport weighted =
                HarmVolumeReport.of(Crimes.of(crimes), WEIGHTS, Grouping.CATEGORY, ProactiveOffences.WEIGHTED);
        assertThat(weighted.row("Drugs").orElseThrow().harmDays())
                .isEqualTo(WEIGHTS.weightFor(CrimeCategory.DRUGS, Crimes.SYP).days());
        assertThat(weighted.row("Drugs").orElseThrow().note()).isEmpty();
    }

    @Test
    void groupsByLocalAuthorityWithNoLocationApart() {
        List<StreetCrime> crimes = List.of(
                crime(CrimeCategory.BURGLARY, "Rotherham 012A"),
                crime(CrimeCategory.ROBBERY, "Rotherham 020C"),
                crime(CrimeCategory.BURGLARY, null));
        HarmVolumeReport report = HarmVolumeReport.of(Crimes.of(crimes), WEIGHTS, Grouping.AREA);
        assertThat(report.rows()).extracting(HarmVolumeRow::group)
                .containsExactlyInAnyOrder("Rotherham", StreetCrime.NO_LOCATION);
        assertThat(report.row("Rotherham").orElseThrow().crimes()).isEqualTo(2);
    }

    @Test
    void foldsSmallRowsIntoOneWithoutChangingTotals() {
        List<StreetCrime> crimes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            crimes.add(crime(CrimeCategory.BURGLARY, "Rotherham 012A"));
        }
        crimes.add(crime(CrimeCategory.BICYCLE_THEFT, "Leeds 001A"));
        crimes.add(crime(CrimeCategory.BICYCLE_THEFT, "Wakefield 001A"));
        HarmVolumeReport full = HarmVolumeReport.of(Crimes.of(crimes), WEIGHTS, Grouping.AREA);
        HarmVolumeReport folded = full.foldedBelow(0.005);
        assertThat(folded.rows()).extracting(HarmVolumeRow::group).containsExactly("Rotherham", "Other areas (2)");
        assertThat(folded.rows().get(1).crimes()).isEqualTo(2);
        assertThat(folded.crimes()).isEqualTo(full.crimes());
        assertThat(folded.harmDays()).isEqualTo(full.harmDays());
        assertThat(full.foldedBelow(0.0)).isSameAs(full);
    }

    @Test
    void anEmptyInputGivesAnEmptyReport() {
        HarmVolumeReport report = HarmVolumeReport.of(Crimes.of(List.of()), WEIGHTS, Grouping.CATEGORY);
        assertThat(report.rows()).isEmpty();
        assertThat(report.crimes()).isZero();
        assertThat(report.provenance().period()).isEqualTo("no months");
    }

    @Property
    void volumeAndHarmSharesEachSumToOne(@ForAll("crimeLists") List<StreetCrime> crimes, @ForAll Grouping by) {
        HarmVolumeReport report = HarmVolumeReport.of(Crimes.of(crimes), WEIGHTS, by);
        if (report.crimes() > 0) {
            assertThat(report.rows().stream().mapToDouble(HarmVolumeRow::volumeShare).sum()).isCloseTo(1.0, within(1e-9));
            assertThat(report.rows().stream().mapToLong(HarmVolumeRow::crimes).sum()).isEqualTo(report.crimes());
        }
        if (report.harmDays() > 0) {
            assertThat(report.rows().stream().mapToDouble(HarmVolumeRow::harmShare).sum()).isCloseTo(1.0, within(1e-9));
        }
    }

    @Property
    void addingACrimeNeverLowersTotalHarmOrItsGroupsHarm(
            @ForAll("crimeLists") List<StreetCrime> crimes, @ForAll("crimes") StreetCrime extra, @ForAll Grouping by) {
        HarmVolumeReport before = HarmVolumeReport.of(Crimes.of(crimes), WEIGHTS, by);
        List<StreetCrime> more = new ArrayList<>(crimes);
        more.add(extra);
        HarmVolumeReport after = HarmVolumeReport.of(Crimes.of(more), WEIGHTS, by);
        // Sums of doubles in another order may differ in the last bit: allow that much, and no more.
        assertThat(after.harmDays()).isGreaterThanOrEqualTo(before.harmDays() - 1e-9 * Math.max(1, before.harmDays()));
        if (extra.category().isNotifiableCrime()) {
            String group = by == Grouping.CATEGORY ? extra.category().label() : extra.area();
            double was = before.row(group).map(HarmVolumeRow::harmDays).orElse(0.0);
            assertThat(after.row(group).orElseThrow().harmDays()).isGreaterThanOrEqualTo(was - 1e-9 * Math.max(1, was));
            assertThat(after.crimes()).isEqualTo(before.crimes() + 1);
        }
    }

    @Property
    void totalHarmIsTheSumOfEachCrimesWeight(@ForAll("crimeLists") List<StreetCrime> crimes) {
        HarmVolumeReport report =
                HarmVolumeReport.of(Crimes.of(crimes), WEIGHTS, Grouping.AREA, ProactiveOffences.WEIGHTED);
        double naive = 0;
        for (StreetCrime c : crimes) {
            if (c.category().isNotifiableCrime()) {
                naive += WEIGHTS.weightFor(c.category(), c.force()).days();
            }
        }
        assertThat(report.harmDays()).isCloseTo(naive, within(1e-6));
    }

    @Provide
    Arbitrary<List<StreetCrime>> crimeLists() {
        return crimes().list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<StreetCrime> crimes() {
        Arbitrary<CrimeCategory> category = Arbitraries.of(CrimeCategory.class);
        Arbitrary<String> lsoa = Arbitraries.of("Rotherham 012A", "Sheffield 001B", "Barnsley 004C", "").map(s -> s);
        Arbitrary<String> force = Arbitraries.of(Crimes.SYP, "British Transport Police", "Metropolitan Police Service");
        return Combinators.combine(category, lsoa, force)
                .as((c, l, f) -> crime(c, l.isEmpty() ? null : l, f));
    }
}
