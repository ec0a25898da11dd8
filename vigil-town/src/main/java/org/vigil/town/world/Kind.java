package org.vigil.town.world;

/** What a person truly is in the town; the ground truth the evaluation scores against. */
public enum Kind {
    /** A man who sexually exploits children, usually as one of a network. */
    OFFENDER("offender"),
    /** A child who is sexually exploited. */
    VICTIM("victim"),
    /** An adult whose work or care legitimately brings them near many children; must not be flagged. */
    BENIGN_ADULT("benign_adult"),
    /** Any other adult: parents, partners, neighbours, people in unrelated concerns. */
    OTHER_ADULT("other_adult"),
    /** Any other child: siblings, children in unrelated concerns, children in care who are not exploited. */
    OTHER_CHILD("other_child");

    private final String wire;

    Kind(String wire) {
        this.wire = wire;
    }

    /** The word written in truth.jsonl. */
    public String wire() {
        return wire;
    }
}
