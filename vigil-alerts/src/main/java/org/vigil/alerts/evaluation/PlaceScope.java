package org.vigil.alerts.evaluation;

/**
 * Which area a concern's places are in, for {@link InterchangeReader}'s place keys: two takeaways called "Star Pizza"
 * are one place in one town and two places in two towns. The core's place linkage would tell them apart by address;
 * the reader, which does no linkage, is told the area by the caller.
 */
@FunctionalInterface
public interface PlaceScope {
    /** Everything in one area: place keys are kind and name only. */
    PlaceScope ONE_AREA = authorId -> "";

    /**
     * vigil-town's districts: in a town of several districts, author ids carry the district ({@code pol-3-4411}), and
     * each district has its own places.
     */
    PlaceScope TOWN_DISTRICT = authorId -> {
        String[] parts = authorId.split("-");
        return parts.length == 3 ? parts[1] : "";
    };

    /** The area of the concern written by {@code authorId}; "" for the single area. */
    String of(String authorId);
}
