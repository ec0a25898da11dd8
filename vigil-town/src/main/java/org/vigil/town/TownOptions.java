package org.vigil.town;

/**
 * What town to generate.
 *
 * @param seed              the town; the same seed and sizes give byte-identical output
 * @param concerns          how many concerns, received 1997–2013 (decisions come on top)
 * @param districtConcerns  concerns per district: a town bigger than this is generated as a run of districts of
 *                          about this size, each with its own people, so memory stays flat
 */
public record TownOptions(long seed, int concerns, int districtConcerns) {
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_CONCERNS = 3000;
    public static final int DEFAULT_DISTRICT_CONCERNS = 5000;
    /** Smaller districts would be too thin to hold a network, its victims and the adults around them. */
    public static final int MIN_DISTRICT_CONCERNS = 200;

    public TownOptions {
        if (concerns < 0) {
            throw new IllegalArgumentException("concerns must be zero or more: " + concerns);
        }
        if (districtConcerns < MIN_DISTRICT_CONCERNS) {
            throw new IllegalArgumentException("districtConcerns must be at least " + MIN_DISTRICT_CONCERNS + ": "
                    + districtConcerns);
        }
    }

    /** Seed 1, 3,000 concerns, districts of 5,000. */
    public static TownOptions defaults() {
        return new TownOptions(DEFAULT_SEED, DEFAULT_CONCERNS, DEFAULT_DISTRICT_CONCERNS);
    }

    public TownOptions withSeed(long newSeed) {
        return new TownOptions(newSeed, concerns, districtConcerns);
    }

    public TownOptions withConcerns(int newConcerns) {
        return new TownOptions(seed, newConcerns, districtConcerns);
    }

    public TownOptions withDistrictConcerns(int newDistrictConcerns) {
        return new TownOptions(seed, concerns, newDistrictConcerns);
    }

    /** How many districts the town is split into (at least one). */
    public int districts() {
        return Math.max(1, (concerns + districtConcerns - 1) / districtConcerns);
    }
}
