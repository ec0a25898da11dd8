package org.vigil.concern;

/** A vehicle named in a concern: a registration as written (possibly partial, {@code ?} for an unknown character). */
public record Vehicle(String vrm, String description) {
}
