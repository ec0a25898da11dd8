/**
 * A seeded synthetic town of safeguarding concerns and decisions in Vigil's interchange format, with the ground
 * truth about who is who. Only {@code org.vigil.town} is public; the town's model, its stories and its writers are
 * internal.
 */
module org.vigil.town {
    requires com.fasterxml.jackson.core;

    exports org.vigil.town;
}
