package org.vigil.store;

/** A mention ({@code "<concern id>/<ref>"}) and the person it belongs to. */
public record PersonLink(String mention, String person) {
}
