package org.vigil.web.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.ConcernCard;
import org.vigil.web.cases.MentionCard;

/**
 * The network around one person, as cytoscape.js elements: the person, the concerns they are named in, the phones,
 * vehicles and places they are linked to, and the other persons who share any of these. Concerns the viewer may
 * not read are left out, and so is anyone reached only through them. At most {@code limit} nodes.
 */
public final class NetworkGraph {
    private static final Pattern WORDS = Pattern.compile("[\\s,]+");
    private final CaseIndex cases;
    private final PersonDirectory persons;

    public NetworkGraph(CaseIndex cases, PersonDirectory persons) {
        this.cases = cases;
        this.persons = persons;
    }

    /** A node: id, label, kind (person, concern, phone, vehicle, place) and whether it is the centre. */
    public record Node(String id, String label, String kind, boolean centre) {
    }

    /** An edge between two node ids, with what links them. */
    public record Edge(String source, String target, String label) {
    }

    public record Graph(List<Node> nodes, List<Edge> edges, boolean truncated) {
        /** Cytoscape's elements format: {@code [{data: {id, label, kind}}, {data: {source, target, label}}]}. */
        public List<Map<String, Object>> elements() {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Node n : nodes) {
                out.add(Map.of("data", Map.of("id", n.id(), "label", n.label(), "kind", n.kind(),
                        "centre", n.centre())));
            }
            int i = 0;
            for (Edge e : edges) {
                out.add(Map.of("data", Map.of("id", "e" + i++, "source", e.source(), "target", e.target(),
                        "label", e.label())));
            }
            return out;
        }
    }

    public Graph around(String personId, Predicate<ConcernCard> readable, int limit) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        boolean[] truncated = {false};
        nodes.put(personId, new Node(personId, personLabel(personId, readable), "person", true));
        for (String mentionKey : persons.mentionsOf(personId)) {
            MentionCard m = cases.mention(mentionKey).orElse(null);
            if (m == null) {
                continue;
            }
            ConcernCard concern = cases.concern(m.concernId()).orElse(null);
            if (concern == null || !readable.test(concern)) {
                continue;
            }
            String concernNode = "concern:" + concern.id();
            add(nodes, new Node(concernNode, concern.id(), "concern", false), limit, truncated);
            edges.add(new Edge(personId, concernNode, m.role()));
            for (MentionCard other : concern.mentions()) {
                if (other.key().equals(mentionKey)) {
                    continue;
                }
                String otherPerson = persons.personOf(other.key()).orElse(null);
                if (otherPerson != null && add(nodes, new Node(otherPerson, other.label() + " (" + otherPerson + ")", "person",
                        false), limit, truncated)) {
                    edges.add(new Edge(otherPerson, concernNode, other.role()));
                }
            }
            for (String identifier : CaseIndex.identifiers(m)) {
                String kind = identifier.substring(0, identifier.indexOf(':'));
                String label = identifier.substring(kind.length() + 1);
                if (!add(nodes, new Node(identifier, label, kind.equals("vrm") ? "vehicle" : kind, false), limit,
                        truncated)) {
                    continue;
                }
                edges.add(new Edge(personId, identifier, kind));
                for (String sharedKey : cases.mentionsWith(identifier)) {
                    if (sharedKey.equals(mentionKey)) {
                        continue;
                    }
                    MentionCard shared = cases.mention(sharedKey).orElse(null);
                    ConcernCard sharedConcern = shared == null ? null : cases.concern(shared.concernId()).orElse(null);
                    if (sharedConcern == null || !readable.test(sharedConcern)) {
                        continue;
                    }
                    String otherPerson = persons.personOf(sharedKey).orElse(null);
                    if (otherPerson != null && add(nodes, new Node(otherPerson, shared.label() + " (" + otherPerson + ")",
                            "person", false), limit, truncated)) {
                        edges.add(new Edge(otherPerson, identifier, kind));
                    }
                }
            }
        }
        edges.removeIf(e -> !nodes.containsKey(e.source()) || !nodes.containsKey(e.target()) || e.source().equals(e.target()));
        return new Graph(List.copyOf(nodes.values()), List.copyOf(edges), truncated[0]);
    }

    private static boolean add(Map<String, Node> nodes, Node node, int limit, boolean[] truncated) {
        if (nodes.containsKey(node.id())) {
            return true;
        }
        if (nodes.size() >= limit) {
            truncated[0] = true;
            return false;
        }
        nodes.put(node.id(), node);
        return true;
    }

    /**
     * A person's label: their id and, of the names written for them in concerns the viewer may read, the fullest (the
     * most words; of those, the first written): "Ashraf Khan" rather than "Ash".
     */
    public String personLabel(String personId, Predicate<ConcernCard> readable) {
        String fullest = null;
        int words = 0;
        for (String key : persons.mentionsOf(personId)) {
            MentionCard m = cases.mention(key).orElse(null);
            if (m == null || m.name() == null || m.name().isBlank()) {
                continue;
            }
            int w = WORDS.split(m.name().strip()).length;
            if (w > words && cases.concern(m.concernId()).filter(readable).isPresent()) {
                fullest = m.name().strip();
                words = w;
            }
        }
        return fullest == null ? personId : fullest + " (" + personId + ")";
    }
}
