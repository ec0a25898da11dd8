package org.vigil.town;

/**
 * What {@link TownGenerator#writeTo} wrote.
 *
 * @param concerns   concern lines
 * @param decisions  decision lines
 * @param mentions   subjects across all concerns (one truth line each)
 * @param persons    people mentioned at least once (one truth line each)
 * @param networks   offender networks with a member mentioned (one truth line each)
 * @param districts  districts generated
 */
public record TownSummary(long concerns, long decisions, long mentions, long persons, long networks, int districts) {
}
