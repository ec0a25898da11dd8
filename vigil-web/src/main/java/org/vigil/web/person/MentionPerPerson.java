package org.vigil.web.person;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.concern.Concern;
import org.vigil.concern.Subject;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;

/**
 * No linkage: every mention is its own person, numbered {@code P-000001}, {@code P-000002}, ... in log order
 * (concern by concern, refs in order). Nothing is stored: the numbering follows from the log.
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
    public synchronized PersonChanges link(List<Submission> batch) {
        for (Submission s : batch) {
            if (s.record() instanceof Concern c) {
                for (Subject subject : c.subjects().stream().sorted(Comparator.comparing(Subject::ref)).toList()) {
                    String key = subject.mentionKey(c.id());
                    if (!personByMention.containsKey(key)) {
                        String person = String.format(Locale.ROOT, "P-%06d", next.incrementAndGet());
                        personByMention.put(key, person);
                        mentionByPerson.put(person, key);
                    }
                }
            }
        }
        return PersonChanges.NONE;
    }
}
