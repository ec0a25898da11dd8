package org.vigil.town.world;

/** A vehicle: its full registration, how it looks, and whose it is. {@code firm} is set for a licensed taxi. */
public record Car(String vrm, String colour, String make, String model, Place firm) {
}
