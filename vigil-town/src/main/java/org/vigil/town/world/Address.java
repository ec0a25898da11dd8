package org.vigil.town.world;

/** A home or premises: a house number (or flat) on a street, and a postcode in a fictional postcode area. */
public record Address(String flat, int number, String street, String postcode) {
}
