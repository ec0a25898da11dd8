package org.vigil.alerts.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertChange;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.evaluation.Linkage;
import org.vigil.alerts.evaluation.TownEvaluation;
import org.vigil.alerts.evaluation.Towns;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.MentionObserved;
import org.vigil.alerts.observation.Observation;
import org.vigil.alerts.observation.PersonsMerged;

/**
 * Everything the engine says about a town, as text: every change in the order {@code observe} returned it, then every
 * alert with its history ({@link Alert#toJsonWithHistory()}). Three feeds per seed: the truth, nickname-only mentions
 * left unlinked, and the same unlinked mentions joined back to their person by a {@link PersonsMerged} 30 days after
 * the concern, so that merges and re-keyed alerts are part of what is compared.
 *
 * <pre>java -cp … org.vigil.alerts.golden.AlertOutput [dir] [seed…]   # writes one file per feed, prints digests</pre>
 */
public final class AlertOutput {
    static final int CONCERNS = 3000;
    static final String[] FEEDS = {"truth", "unlinked", "merged"};

    private AlertOutput() {
    }

    /** The observations of one feed of one seed's town, in event order. */
    static List<Observation> observations(long seed, String feed) throws IOException {
        return switch (feed) {
            case "truth" -> TownEvaluation.replay(seed, CONCERNS, Linkage.truthOracle(), feed, Towns.CACHED).observations();
            case "unlinked" -> TownEvaluation.replay(seed, CONCERNS, Linkage.degraded(), feed, Towns.CACHED).observations();
            case "merged" -> withMerges(TownEvaluation.replay(seed, CONCERNS, Linkage.degraded(), feed, Towns.CACHED));
            default -> throw new IllegalArgumentException(feed);
        };
    }

    /** The engine's whole output on one feed of one seed's town. */
    public static String of(long seed, String feed) throws IOException {
        List<Observation> observations = observations(seed, feed);
        AlertEngine engine = new AlertEngine();
        StringBuilder out = new StringBuilder();
        for (Observation o : observations) {
            for (AlertChange c : engine.observe(o)) {
                out.append(c.type()).append(' ').append(c.alert().id()).append(' ').append(c.at()).append(' ')
                        .append(c.trigger()).append(' ').append(c.changes()).append(' ')
                        .append(c.alert().current().harm()).append('\n');
            }
        }
        for (Alert a : engine.alerts()) {
            out.append(a.toJsonWithHistory()).append('\n');
        }
        return out.toString();
    }

    /** The run's observations plus, for each mention left unlinked, a merge into its true person 30 days on. */
    private static List<Observation> withMerges(TownEvaluation.Run run) {
        Map<String, String> truth = run.truth().personOf();
        List<Observation> out = new ArrayList<>(run.observations());
        for (Observation o : run.observations()) {
            if (o instanceof ConcernObserved c) {
                Map<String, List<String>> byPerson = new TreeMap<>();
                for (MentionObserved m : c.mentions()) {
                    if (m.person().startsWith("U-")) {
                        byPerson.computeIfAbsent(truth.get(m.key()),
                                k -> new ArrayList<>()).add(m.person());
                    }
                }
                byPerson.forEach((into, merged) ->
                        out.add(new PersonsMerged(into, merged, c.received().plus(Duration.ofDays(30)), c.id())));
            }
        }
        out.sort(Observation.EVENT_ORDER);
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        List<Long> seeds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            seeds.add(Long.parseLong(args[i]));
        }
        if (seeds.isEmpty()) {
            seeds = List.of(1L, 2L, 3L);
        }
        for (long seed : seeds) {
            for (String feed : FEEDS) {
                String text = of(seed, feed);
                Files.writeString(dir.resolve("seed" + seed + "-" + feed + ".txt"), text);
                System.out.println(seed + " " + feed + " " + sha256(text) + " " + text.length());
            }
        }
    }
}
