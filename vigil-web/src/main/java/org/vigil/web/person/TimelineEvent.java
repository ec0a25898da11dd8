package org.vigil.web.person;

import java.time.Instant;

/** One dated event in a person's history: a concern received, a decision made, an alert raised or decided. */
public record TimelineEvent(Instant at, String kind, String text, String concernId) {
}
