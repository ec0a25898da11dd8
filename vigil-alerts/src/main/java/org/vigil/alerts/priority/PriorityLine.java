package org.vigil.alerts.priority;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One line of a ranked work list (interchange §2.3).
 *
 * @param rank 1 for the first
 * @param harm Σ harm of the reports naming the person as a suspect, CCHI days, to two decimals
 * @param mentions the person's mentions as of the ranking's time
 * @param reasons why the person is where they are; the last says that the ranking advises and people decide
 */
public record PriorityLine(int rank, String person, double harm, List<String> mentions, List<String> reasons) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public PriorityLine {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be 1 or more: " + rank);
        }
        Objects.requireNonNull(person, "person");
        mentions = List.copyOf(mentions);
        reasons = List.copyOf(reasons);
    }

    /** Exactly the fields of interchange §2.3, in its order. */
    public ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("rank", rank);
        o.put("person", person);
        o.put("harm", harm);
        ArrayNode m = o.putArray("mentions");
        mentions.forEach(m::add);
        ArrayNode r = o.putArray("reasons");
        reasons.forEach(r::add);
        return o;
    }

    public String toJsonLine() {
        try {
            return JSON.writeValueAsString(toJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a priority line could not be written as JSON", e);
        }
    }
}
