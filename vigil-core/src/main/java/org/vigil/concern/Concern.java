package org.vigil.concern;

import java.time.Instant;
import java.util.List;

/** A report of concern or piece of intelligence from any agency (spec §1.1). */
public record Concern(String id, Instant received, String agency, Professional author, List<Subject> subjects,
                      List<Place> places, List<String> indicators, List<String> offences, Grading grading,
                      String narrative, String amends) implements ParsedRecord {
    public Concern {
        subjects = List.copyOf(subjects);
        places = List.copyOf(places);
        indicators = List.copyOf(indicators);
        offences = List.copyOf(offences);
    }

    @Override
    public String type() {
        return "concern";
    }

    @Override
    public Instant eventTime() {
        return received;
    }

    @Override
    public String actor() {
        return author.id();
    }
}
