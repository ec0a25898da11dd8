package org.vigil.alerts.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VehicleBookTest {
    private final VehicleBook book = new VehicleBook();
    private final List<int[]> merges = new ArrayList<>();

    @Test
    void aPartialMarkSeenFirstJoinsTheFullRegistrationSeenLater() {
        int partial = book.sight("R7?2 KLT", 0, 1, merges);
        int full = book.sight("R712 KLT", 1, 2, merges);
        assertThat(book.find(full)).isEqualTo(book.find(partial));
        assertThat(book.registration(partial)).isEqualTo("R712 KLT");
        assertThat(book.vehicle(partial).sightings.size()).isEqualTo(2);
    }

    @Test
    void twoFullRegistrationsAreNeverOneVehicleEvenThroughAPartialMark() {
        int a = book.sight("R712 KLT", 0, 1, merges);
        int p = book.sight("R7?2 KLT", 1, 2, merges);
        int b = book.sight("R732 KLT", 2, 3, merges);
        assertThat(book.find(a)).isNotEqualTo(book.find(b));
        assertThat(book.find(p)).isEqualTo(book.find(a));
        assertThat(book.vehicle(a).sightings.size()).isEqualTo(2);
    }

    @Test
    void compatiblePartialMarksMakeOneVehicleAndAnIncompatibleOneAnother() {
        int p1 = book.sight("R71? KLT", 0, 1, merges);
        int p2 = book.sight("R?12 KL?", 1, 2, merges);
        int x = book.sight("R7?2 KLX", 2, 3, merges);
        assertThat(book.find(p1)).isEqualTo(book.find(p2));
        assertThat(book.find(x)).isNotEqualTo(book.find(p1));
        int full = book.sight("R712 KLT", 3, 4, merges);
        assertThat(book.find(full)).isEqualTo(book.find(p1));
    }

    @Test
    void aFullMarkCompatibleWithTwoPartialOnlyVehiclesJoinsThemAndReportsTheMerge() {
        List<int[]> seen = new ArrayList<>();
        int a = book.sight("??12 KLT", 0, 1, seen);
        int b = book.sight("R712 ???", 1, 2, seen);
        assertThat(book.find(a)).as("no seen character in common").isNotEqualTo(book.find(b));
        int full = book.sight("R712 KLT", 2, 3, seen);
        assertThat(book.find(a)).isEqualTo(book.find(b)).isEqualTo(book.find(full));
        assertThat(seen).hasSize(1);
    }

    @Test
    void aPartialMarkThatFitsTwoVehiclesIdentifiesNeither() {
        int a = book.sight("R712 KLT", 0, 1, merges);
        int b = book.sight("R732 KLT", 1, 2, merges);
        assertThat(book.sight("R7?2 KLT", 2, 3, merges)).isEqualTo(-1);
        assertThat(book.sight("R7?2 KLT", 3, 4, merges)).as("and is not used when written again").isEqualTo(-1);
        assertThat(book.vehicle(a).sightings.size()).isEqualTo(1);
        assertThat(book.vehicle(b).sightings.size()).isEqualTo(1);
        assertThat(book.ambiguousMarks()).isEqualTo(1);
    }

    @Test
    void aMarkThatSaysTooLittleIsNotAVehicle() {
        assertThat(book.sight("??? ??T", 0, 1, merges)).isEqualTo(-1);
    }
}
