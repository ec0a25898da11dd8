package org.vigil.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.concern.Place;

class PlaceKeysTest {
    private static Place takeaway(String name, String address) {
        return new Place("p1", "takeaway", name, address);
    }

    @Test
    void oneAddressWrittenWithOrWithoutItsPostcodeAbbreviationsAndCommasIsOnePlace() {
        PlaceKeys keys = new PlaceKeys();
        String key = "takeaway:26 cemetery road VA6 4ZF";
        assertThat(keys.keyOf(takeaway("Star Pizza", "26 Cemetery Road, VA6 4ZF"))).isEqualTo(key);
        assertThat(keys.keyOf(takeaway(null, "26, Cemetery Rd va64zf"))).isEqualTo(key);
        assertThat(keys.keyOf(takeaway("the takeaway on Cemetery Road", "26 Cemetery Road"))).isEqualTo(key);
    }

    @Test
    void aStreetLineWrittenWithTwoPostcodesNamesNeitherWhenWrittenWithout() {
        PlaceKeys keys = new PlaceKeys();
        keys.keyOf(takeaway(null, "12 High Street, VA1 2AB"));
        keys.keyOf(takeaway(null, "12 High Street, QA3 4CD"));
        assertThat(keys.keyOf(takeaway(null, "12 High St"))).isEqualTo("takeaway:12 high street");
    }

    @Test
    void aNameFirstWrittenWithoutAPostcodeIsTheAddressOnceThePostcodeIsGiven() {
        PlaceKeys keys = new PlaceKeys();
        assertThat(keys.keyOf(takeaway("Star Pizza", "180 Wellgate"))).isEqualTo("takeaway:180 wellgate");
        keys.keyOf(takeaway("Star Pizza", "180 Wellgate, VA5 4MD"));
        assertThat(keys.keyOf(takeaway("Star Pizza", null))).isEqualTo("takeaway:180 wellgate VA5 4MD");
    }

    @Test
    void aNameWrittenWithOneAddressOnlyIsThatPlaceWhenWrittenAlone() {
        PlaceKeys keys = new PlaceKeys();
        assertThat(keys.keyOf(takeaway("Star Pizza", null))).isEqualTo("takeaway:star pizza");
        keys.keyOf(takeaway("Star Pizza", "180 Wellgate, VA5 4MD"));
        assertThat(keys.keyOf(takeaway("STAR PIZZA", null))).isEqualTo("takeaway:180 wellgate VA5 4MD");
        assertThat(keys.keyOf(new Place("p2", "hotel", "Star Pizza", null))).as("another kind")
                .isEqualTo("hotel:star pizza");
    }

    @Test
    void aNameWrittenWithTwoAddressesNamesNeitherWhenWrittenAlone() {
        PlaceKeys keys = new PlaceKeys();
        keys.keyOf(takeaway("The Chippy", "12 High Street"));
        keys.keyOf(takeaway("The Chippy", "3 Mill Lane, QA2 1BB"));
        assertThat(keys.keyOf(takeaway("the chippy", null))).isEqualTo("takeaway:the chippy");
        keys.keyOf(takeaway("The Chippy", "12 High St"));
        assertThat(keys.keyOf(takeaway("the chippy", null))).as("still two addresses").isEqualTo("takeaway:the chippy");
    }

    @Test
    void aNameWrittenWithTwoAddressesIsTheAddressItsWriterWroteItWith() {
        PlaceKeys keys = new PlaceKeys();
        keys.keyOf(takeaway("The Chippy", "12 High Street, VA1 2AB"), "pol-1-4411");
        keys.keyOf(takeaway("The Chippy", "3 Mill Lane, QA2 1BB"), "yp-2-07");
        assertThat(keys.keyOf(takeaway("the chippy", null), "pol-1-4411")).isEqualTo("takeaway:12 high street VA1 2AB");
        assertThat(keys.keyOf(takeaway("the chippy", null), "yp-2-07")).isEqualTo("takeaway:3 mill lane QA2 1BB");
        assertThat(keys.keyOf(takeaway("the chippy", null), "csc-9")).as("a writer who never gave an address")
                .isEqualTo("takeaway:the chippy");
        assertThat(keys.keyOf(takeaway("the chippy", null))).as("no writer").isEqualTo("takeaway:the chippy");
        keys.keyOf(takeaway("The Chippy", "3 Mill Lane, QA2 1BB"), "pol-1-4411");
        assertThat(keys.keyOf(takeaway("the chippy", null), "pol-1-4411")).as("he has written both")
                .isEqualTo("takeaway:the chippy");
    }

    @Test
    void aStreetLineWrittenWithTwoPostcodesIsThePostcodeItsWriterWroteItWith() {
        PlaceKeys keys = new PlaceKeys();
        keys.keyOf(takeaway(null, "12 High Street, VA1 2AB"), "pol-1-4411");
        keys.keyOf(takeaway(null, "12 High Street, QA3 4CD"), "pol-3-0102");
        assertThat(keys.keyOf(takeaway(null, "12 High St"), "pol-3-0102")).isEqualTo("takeaway:12 high street QA3 4CD");
        assertThat(keys.keyOf(takeaway(null, "12 High St"), "sch-5")).isEqualTo("takeaway:12 high street");
    }

    @Test
    void aPlaceWithNeitherNameNorAddressHasNoKey() {
        assertThat(new PlaceKeys().keyOf(takeaway(null, " "))).isNull();
    }
}
