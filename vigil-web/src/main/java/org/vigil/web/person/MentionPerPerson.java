package org.vigil.web.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * No linkage: every mention is its own person, numbered {@code P-000001}, {@code P-000002}, ... in log order
 * (concern by concern, refs in order), which is how {@code vigil export persons} numbers them today.
 */
public final class MentionPerPerson implements PersonDirectory {
    private final Map<String, String> personByMention = new ConcurrentHashMap<>();
    private final Map<String, String> mentionByPerson = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();

    @Override
    public Optional<String> personOf(String mentionKey) {
        return Optional.ofNullable(mentionKey == null ? null : personByMention.get(mentionKey));
    }

    @Override
    public List<String> mentionsOf(String personId) {
        String mention = personId == null ? null : mentionByPerson.get(personId);
        return mention == null ? List.of() : List.of(mention);
    }

    @Override
    public List<MatchExplanation> explain(String personId) {
        return List.of();
    }

    @Override
    public synchronized void added(List<String> mentionKeys) {
        for (String key : mentionKeys) {
            if (!personByMention.containsKey(key)) {
                String person = String.format("P-%06d", next.incrementAndGet());
                personByMention.put(key, person);
                mentionByPerson.put(person, key);
            }
        }
    }
}
