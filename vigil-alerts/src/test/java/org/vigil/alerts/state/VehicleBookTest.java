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
  }

  @Test
  void aFullRegistrationResolvesTwoPartialVehiclesIntoOneAndReportsTheMerge() {
    int p1 = book.sight("R71? KLT", 0, 1, merges);
    int p2 = book.sight("R?12 KL?", 1, 2, merges);
    int p3 = book.sight("??12 ?LT", 2, 3, merges);
    assertThat(book.find(p1)).isEqualTo(book.find(p2)).isEqualTo(book.find(p3));

    VehicleBook fresh = new VehicleBook();
    int x = fresh.sight("R71? KLT", 0, 1, merges);
    int y = fresh.sight("R7?2 KLX", 1, 2, merges);
    assertThat(fresh.find(x)).isNotEqualTo(fresh.find(y));
    int full = fresh.sight("R712 KLT", 2, 3, merges);
    assertThat(fresh.find(full)).isEqualTo(fresh.find(x)).isNotEqualTo(fresh.find(y));
  }

  @Test
  void aFullMarkCompatibleWithTwoPartialOnlyVehiclesJoinsThem() {
    int x = book.sight("R71? ?LT", 0, 1, merges);
    int y = book.sight("R7?2 K?T", 1, 2, merges);
    // x and y are compatible with each other, so y joined x.
    assertThat(book.find(x)).isEqualTo(book.find(y));

    VehicleBook two = new VehicleBook();
    List<int[]> seen = new ArrayList<>();
    int a = two.sight("???? KLT", 0, 1, seen);
    int b = two.sight("R712 ???", 1, 2, seen);
    assertThat(two.find(a)).as("no seen character in common").isNotEqualTo(two.find(b));
    int full = two.sight("R712 KLT", 2, 3, seen);
    assertThat(two.find(a)).isEqualTo(two.find(b)).isEqualTo(two.find(full));
    assertThat(seen).hasSize(1);
  }

  @Test
  void aMarkThatSaysTooLittleIsNotAVehicle() {
    assertThat(book.sight("??? ??T", 0, 1, merges)).isEqualTo(-1);
  }
}
