package org.vigil.alerts.observation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigil.alerts.evidence.Indicators;
import org.vigil.harm.score.Grading;
import org.vigil.harm.weights.OffenceCode;

/**
 * A concern (interchange §1.1) with its mentions linked to persons. The narrative and names are not part of it.
 *
 * @param id the concern id, as the agency numbers it (slashes allowed)
 * @param received event time
 * @param agency the submitting agency as written
 * @param authorId the professional's stable id
 * @param authorRole the professional's role as written (e.g. "youth worker")
 * @param mentions one per subject, in the concern's order
 * @param places the concern's named places
 * @param indicators from the vocabulary of §1.1 ({@link Indicators#VOCABULARY})
 * @param offences Home Office offence codes as given
 * @param grading the intelligence grading, if any
 * @param amends the id of the earlier concern this one corrects, if any
 */
public record ConcernObserved(String id, Instant received, String agency, String authorId, String authorRole,
        List<MentionObserved> mentions, List<PlaceObserved> places, List<String> indicators, List<String> offences,
        Optional<Grading> grading, Optional<String> amends) implements Observation {

    public ConcernObserved {
        // An id may contain slashes ("CSC/2004/0327"): the spec asks only that it be unique, and a mention key is
        // this id, a slash and a ref, so the ref is what follows the last slash (MentionObserved#ref).
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("not a concern id: '" + id + "'");
        }
        Objects.requireNonNull(received, "received");
        agency = Objects.requireNonNullElse(agency, "");
        authorId = Objects.requireNonNullElse(authorId, "");
        authorRole = Objects.requireNonNullElse(authorRole, "");
        mentions = List.copyOf(mentions);
        places = List.copyOf(places);
        indicators = List.copyOf(indicators);
        offences = List.copyOf(offences);
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(amends, "amends");
        Set<String> refs = new HashSet<>();
        for (MentionObserved m : mentions) {
            if (!m.key().startsWith(id + "/")) {
                throw new IllegalArgumentException("mention " + m.key() + " does not belong to concern " + id);
            }
            if (!refs.add(m.key())) {
                throw new IllegalArgumentException("concern " + id + " names mention " + m.key() + " twice");
            }
        }
        for (String indicator : indicators) {
            if (!Indicators.VOCABULARY.contains(indicator)) {
                throw new IllegalArgumentException("concern " + id + " has indicator '" + indicator
                        + "', which is not in the vocabulary of interchange §1.1");
            }
        }
        for (int i = 0; i < offences.size(); i++) {
            try {
                OffenceCode.parse(offences.get(i));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("concern " + id + " offences[" + i + "]: " + e.getMessage(), e);
            }
        }
        if (amends.isPresent() && amends.get().equals(id)) {
            throw new IllegalArgumentException("concern " + id + " amends itself");
        }
    }

    /** A concern with no places, indicators, offences, grading or amendment; tests and small callers start here. */
    public static ConcernObserved of(String id, Instant received, String agency, List<MentionObserved> mentions) {
        return new ConcernObserved(id, received, agency, "", "", mentions, List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty());
    }

    public ConcernObserved withIndicators(String... values) {
        return new ConcernObserved(id, received, agency, authorId, authorRole, mentions, places, List.of(values), offences,
                grading, amends);
    }

    public ConcernObserved withOffences(String... codes) {
        return new ConcernObserved(id, received, agency, authorId, authorRole, mentions, places, indicators,
                List.of(codes), grading, amends);
    }

    public ConcernObserved withPlaces(PlaceObserved... values) {
        return new ConcernObserved(id, received, agency, authorId, authorRole, mentions, List.of(values), indicators,
                offences, grading, amends);
    }

    public ConcernObserved withGrading(Grading value) {
        return new ConcernObserved(id, received, agency, authorId, authorRole, mentions, places, indicators, offences,
                Optional.of(value), amends);
    }

    public ConcernObserved withAuthor(String newAuthorId, String newAuthorRole) {
        return new ConcernObserved(id, received, agency, newAuthorId, newAuthorRole, mentions, places, indicators,
                offences, grading, amends);
    }

    public ConcernObserved withAmends(String earlier) {
        return new ConcernObserved(id, received, agency, authorId, authorRole, mentions, places, indicators, offences,
                grading, Optional.of(earlier));
    }

    public ConcernObserved withMentions(List<MentionObserved> values) {
        return new ConcernObserved(id, received, agency, authorId, authorRole, values, places, indicators, offences,
                grading, amends);
    }

    @Override
    public Instant at() {
        return received;
    }

    @Override
    public String recordId() {
        return id;
    }
}
