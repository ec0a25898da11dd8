package org.vigil.town.world;

/**
 * A named place in the town. {@code informal} is how people describe it without its name
 * ("the pizza shop on Wellgate"); reports use either.
 */
public record Place(String id, PlaceKind kind, String name, String informal, Address address) {
}
