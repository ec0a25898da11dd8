package org.vigil.web.priority;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One line of the work list (spec §2.3): rank, person, harm score, mentions and reasons. */
public record Priority(int rank, String person, double harm, List<String> mentions, List<String> reasons) {
    public Priority {
        mentions = List.copyOf(mentions);
        reasons = List.copyOf(reasons);
    }

    /** Volume: how many mentions make up the person. */
    public int volume() {
        return mentions.size();
    }

    public static Priority fromJson(JsonNode node) {
        if (node == null || !node.hasNonNull("person")) {
            throw new IllegalArgumentException("a priority needs \"person\"");
        }
        List<String> mentions = new ArrayList<>();
        node.path("mentions").forEach(m -> mentions.add(m.asText()));
        List<String> reasons = new ArrayList<>();
        node.path("reasons").forEach(r -> reasons.add(r.asText()));
        return new Priority(node.path("rank").asInt(0), node.get("person").asText(), node.path("harm").asDouble(0),
                mentions, reasons);
    }
}
