package org.vigil.web.cases;

import java.time.Instant;
import java.util.List;

/**
 * A stored concern in brief: id, log leaf, agency, when it was received, its mentions in ref order, and the concern
 * it corrects ({@code amends}, null if none).
 */
public record ConcernCard(String id, long leaf, String agency, Instant received, String authorId,
                          List<MentionCard> mentions, List<String> indicators, String amends) {
    public ConcernCard {
        mentions = List.copyOf(mentions);
        indicators = List.copyOf(indicators);
    }
}
