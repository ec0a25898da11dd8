package org.vigil.concern;

/** The professional who submitted a concern or made a decision: a stable {@code id}, and free-text name and role. */
public record Professional(String id, String name, String role) {
}
