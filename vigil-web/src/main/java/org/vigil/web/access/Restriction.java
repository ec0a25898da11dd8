package org.vigil.web.access;

import java.time.Instant;

/** A concern restricted to one team, by whom, when and why. */
public record Restriction(String concernId, String team, String reason, String by, Instant at) {
}
