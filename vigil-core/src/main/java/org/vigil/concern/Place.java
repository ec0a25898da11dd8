package org.vigil.concern;

/** A named place in a concern, referenced by subjects through {@code ref}. */
public record Place(String ref, String kind, String name, String address) {
}
