package org.vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A person's decision that one resolved person was two: the mentions {@code splitOff} are not the same person as the
 * mentions {@code rest}, which keep the id {@code person}; the split-off mentions take {@code newPerson}. Made by
 * {@code actor} at {@code at} (wall-clock time, when they decided) for {@code reason}. Linkage keeps every mention of
 * one side apart from every mention of the other from then on, in every replay. {@code body} is the decision as JSON,
 * whose SHA-256 the log entry at {@code leaf} commits to; the other fields are read from it, so what the linker obeys
 * is what the log commits to.
 *
 * <p>A decision to take a split back is stored the same way ({@link #revocation}): {@code revokes} is the log entry of
 * the split it takes back (-1 for a split), with no sides; from then on the two sides are linked on their evidence again.
 */
public record PersonSplit(long leaf, Instant at, String person, String newPerson, String actor, String reason,
                          List<String> splitOff, List<String> rest, long revokes, byte[] body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public PersonSplit {
        splitOff = List.copyOf(splitOff);
        rest = List.copyOf(rest);
        body = body.clone();
    }

    /** A new decision, not yet logged ({@code leaf} -1), with its body written. */
    public static PersonSplit decided(Instant at, String person, String newPerson, String actor, String reason,
                                      List<String> splitOff, List<String> rest) {
        ObjectNode node = JSON.createObjectNode();
        node.put("at", at.toString());
        node.put("person", person);
        node.put("new_person", newPerson);
        node.put("by", actor);
        node.put("reason", reason);
        splitOff.forEach(node.putArray("split_off")::add);
        rest.forEach(node.putArray("rest")::add);
        try {
            return new PersonSplit(-1, at, person, newPerson, actor, reason, splitOff, rest, -1,
                    JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a split", e);
        }
    }

    /** A new decision, not yet logged, to take back {@code split} (a logged split) for {@code reason}. */
    public static PersonSplit revocation(Instant at, PersonSplit split, String actor, String reason) {
        ObjectNode node = JSON.createObjectNode();
        node.put("at", at.toString());
        node.put("person", split.person());
        node.put("new_person", split.newPerson());
        node.put("by", actor);
        node.put("reason", reason);
        node.putArray("split_off");
        node.putArray("rest");
        node.put("revokes", split.leaf());
        try {
            return new PersonSplit(-1, at, split.person(), split.newPerson(), actor, reason, List.of(), List.of(),
                    split.leaf(), JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a revocation", e);
        }
    }

    /** Whether this takes back an earlier split rather than making one. */
    public boolean isRevocation() {
        return revokes >= 0;
    }

    /**
     * The decision stored at {@code leaf} for {@code person}, read from its body. A body that is no longer a decision
     * (altered in the store) gives one with no sides and no new person ({@link #readable} false), so that
     * {@code vigil verify} can name it.
     */
    public static PersonSplit read(long leaf, String person, byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return new PersonSplit(leaf, Instant.parse(node.get("at").asText()), node.get("person").asText(),
                    node.get("new_person").asText(), node.get("by").asText(), node.get("reason").asText(),
                    strings(node.get("split_off")), strings(node.get("rest")),
                    node.has("revokes") ? node.get("revokes").asLong() : -1, body);
        } catch (java.io.IOException | RuntimeException e) {
            return new PersonSplit(leaf, Instant.EPOCH, person, "", "", "", List.of(), List.of(), -1, body);
        }
    }

    /** Whether the body read as a decision (see {@link #read}). */
    public boolean readable() {
        return !newPerson.isEmpty();
    }

    /** The same decision as logged at {@code leaf}. */
    public PersonSplit at(long logLeaf) {
        return new PersonSplit(logLeaf, at, person, newPerson, actor, reason, splitOff, rest, revokes, body);
    }

    /** {@link #at} in microseconds since 1970, the store's unit for times. */
    public long atMicros() {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonSplit s && leaf == s.leaf && Arrays.equals(body, s.body);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(leaf) * 31 + Arrays.hashCode(body);
    }
}
