package org.vigil.alerts.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.DecisionObserved;
import org.vigil.alerts.observation.MentionObserved;
import org.vigil.alerts.observation.Observation;
import org.vigil.alerts.observation.PlaceObserved;
import org.vigil.harm.score.Grading;

/**
 * Turns interchange records (§1) into observations for evaluation and benchmarks: a stand-in for the core's parser,
 * for input already known to be valid (a synthetic town). Each mention gets its person from a given assignment.
 * Names, aliases, addresses of persons and narratives are never read.
 *
 * <p>What the core would normalise, done simply here: phones to digits with a leading 0 ({@code +44 7700 900461} →
 * {@code 07700900461}); a place's key to its kind and lower-cased name ({@code takeaway:star pizza}), or its address
 * when it has no name, within the area a {@link PlaceScope} gives. A place written by description ("the takeaway on Wellgate") keeps its own key: joining it to
 * "Star Pizza" is place linkage, which this reader does not attempt.
 */
public final class InterchangeReader {
    private InterchangeReader() {
    }

    public static List<Observation> read(Path records, Map<String, String> assignment, PlaceScope scope)
            throws IOException {
        try (InputStream in = Files.newInputStream(records)) {
            return read(in, assignment, scope);
        }
    }

    /** Every record, in file order; the caller sorts by {@link Observation#EVENT_ORDER}. */
    public static List<Observation> read(InputStream in, Map<String, String> assignment, PlaceScope scope)
            throws IOException {
        List<Observation> out = new ArrayList<>();
        JsonLines.forEach(in, (o, number) -> {
            try {
                out.add(switch (o.path("type").asText()) {
                    case "concern" -> concern(o, assignment, scope);
                    case "decision" -> decision(o);
                    default -> throw new IllegalArgumentException("type '" + o.path("type").asText() + "'");
                });
            } catch (RuntimeException e) {
                throw new IOException("line " + number + ": " + e.getMessage(), e);
            }
        });
        return out;
    }

    static ConcernObserved concern(JsonNode o, Map<String, String> assignment, PlaceScope scope) {
        String id = o.get("id").asText();
        String area = scope.of(o.path("author").path("id").asText(""));
        List<PlaceObserved> places = new ArrayList<>();
        java.util.Map<String, String> keyOfRef = new java.util.HashMap<>();
        for (JsonNode p : o.path("places")) {
            String name = p.path("name").asText("");
            String what = name.isBlank() ? p.path("address").asText("") : name;
            String key = (area.isEmpty() ? "" : area + "/") + p.get("kind").asText() + ":" + what.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            keyOfRef.put(p.get("ref").asText(), key);
            places.add(new PlaceObserved(key, p.get("kind").asText(),
                    PlaceObserved.written(name, p.path("address").asText(""))));
        }
        List<MentionObserved> mentions = new ArrayList<>();
        for (JsonNode s : o.path("subjects")) {
            String key = id + "/" + s.get("ref").asText();
            String person = assignment.get(key);
            if (person == null) {
                throw new IllegalArgumentException("no person assigned to mention " + key);
            }
            List<String> phones = new ArrayList<>();
            s.path("phones").forEach(p -> phones.add(phone(p.asText())));
            List<String> vrms = new ArrayList<>();
            s.path("vehicles").forEach(v -> {
                if (v.hasNonNull("vrm")) {
                    vrms.add(v.get("vrm").asText());
                }
            });
            List<String> placeKeys = new ArrayList<>();
            s.path("places").forEach(r -> {
                String k = keyOfRef.get(r.asText());
                if (k != null) {
                    placeKeys.add(k);
                }
            });
            mentions.add(new MentionObserved(key, person, s.get("role").asText(),
                    s.hasNonNull("age") ? OptionalInt.of(s.get("age").asInt()) : OptionalInt.empty(),
                    s.hasNonNull("born") ? s.get("born").asText() : null, s.hasNonNull("sex") ? s.get("sex").asText() : null,
                    phones, vrms, placeKeys));
        }
        List<String> indicators = new ArrayList<>();
        o.path("indicators").forEach(i -> indicators.add(i.asText()));
        List<String> offences = new ArrayList<>();
        o.path("offences").forEach(c -> offences.add(c.asText()));
        Optional<Grading> grading = Optional.empty();
        JsonNode g = o.path("grading");
        if (g.isObject()) {
            grading = Grading.read(text(g, "scheme"), text(g, "source"), text(g, "intelligence"), text(g, "handling"));
        }
        JsonNode author = o.path("author");
        return new ConcernObserved(id, instant(o.get("received").asText()), o.path("agency").asText(""),
                author.path("id").asText(""), author.path("role").asText(""), mentions, places, indicators, offences, grading,
                o.hasNonNull("amends") ? Optional.of(o.get("amends").asText()) : Optional.empty());
    }

    static DecisionObserved decision(JsonNode o) {
        JsonNode by = o.path("by");
        return new DecisionObserved(o.get("id").asText(), o.get("concern").asText(), instant(o.get("at").asText()),
                o.get("outcome").asText(), by.path("id").asText(""), by.path("role").asText(""), o.path("reason").asText(""));
    }

    /** Digits only, with +44 or 44 in front read as the leading 0. */
    public static String phone(String written) {
        String digits = written.replaceAll("[^0-9]", "");
        if (written.strip().startsWith("+44") || (digits.startsWith("44") && digits.length() == 12)) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }
}
