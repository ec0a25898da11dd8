package org.vigil.alerts.harm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.harm.score.ConcernFacts;
import org.vigil.harm.score.Grading;
import org.vigil.harm.score.HarmScore;
import org.vigil.harm.score.HarmScorer;
import org.vigil.harm.score.Vulnerability;
import org.vigil.harm.score.VolumeTargetScorer;
import org.vigil.harm.weights.HarmWeights;
import org.vigil.harm.weights.OffenceCode;

/**
 * The harm of one concern, by vigil-harm and nothing else: {@code Σ CCHI offence days × grading confidence ×
 * vulnerability} ({@link HarmScorer}), and the count a volume-target regime would have given it
 * ({@link VolumeTargetScorer}). The inputs are offence codes, a grading and the child's vulnerability; there is no
 * input through which a name, ethnicity, religion or nationality could enter. Not thread-safe.
 */
public final class ConcernHarm {
    /** Distinct harm inputs are few (codes × gradings × vulnerabilities); scores are kept for this many of them. */
    static final int REMEMBERED = 50_000;

    /**
     * What a report of exploitation evidence about a child that alleges no weighted offence is scored as: HO 71, abuse
     * of children through sexual exploitation, the offence its indicators describe. Most such reports carry no code
     * (agencies other than the police record none), and as offence harm 0 their suspects sank below a man who
     * interfered with a car.
     */
    public static final List<String> INDICATORS_ONLY = List.of("71");

    private final HarmScorer scorer;
    private final VolumeTargetScorer volume;
    private final java.util.Map<ConcernFacts, HarmScore> scores = new java.util.HashMap<>();

    public ConcernHarm(HarmWeights weights) {
        Objects.requireNonNull(weights, "weights");
        this.scorer = new HarmScorer(weights);
        this.volume = new VolumeTargetScorer(weights);
    }

    public static ConcernHarm bundled() {
        return new ConcernHarm(HarmWeights.bundled());
    }

    /** The score vigil-harm gives these facts; the same facts are scored once and remembered. */
    public HarmScore score(List<String> offences, Optional<Grading> grading, Vulnerability vulnerability) {
        ConcernFacts facts = new ConcernFacts(OffenceCode.parseAll(offences), grading, vulnerability);
        HarmScore known = scores.get(facts);
        if (known == null) {
            if (scores.size() >= REMEMBERED) {
                scores.clear();
            }
            known = scorer.score(facts);
            scores.put(facts, known);
        }
        return known;
    }

    /** Vehicle crime, burglary and robbery offences alleged: what a volume target counted. */
    public int volume(List<String> offences) {
        return volume.score(OffenceCode.parseAll(offences)).count();
    }
}
