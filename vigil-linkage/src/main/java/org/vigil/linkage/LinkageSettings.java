package org.vigil.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.linkage.blocking.BlockingKey;
import org.vigil.linkage.blocking.BlockingRule;
import org.vigil.linkage.table.Field;

/**
 * Settings of a {@link Linker} run.
 *
 * @param blockingRules rules whose union gives the candidate pairs to score
 * @param trainingRules rules whose blocks EM trains m on, one session each
 * @param threshold probability at or above which a pair is a match
 * @param uSamplePairs random pairs for estimating u
 * @param emMaxPairsPerSession most pairs used in one EM session (a uniform sample beyond that)
 * @param maxBlockSize blocks with more records are skipped when scoring (0: no limit)
 * @param maxPairsPerRecord a blocking rule whose blocks hold more than max(2,000,000, this × records) pairs
 *        is dropped (0: keep every rule); keeps a broad default rule list affordable at any size
 * @param seed seed of every random choice
 * @param threads worker threads
 */
public record LinkageSettings(List<BlockingRule> blockingRules, List<BlockingRule> trainingRules, double threshold,
                              int uSamplePairs, long emMaxPairsPerSession, int maxBlockSize, double maxPairsPerRecord,
                              long seed, int threads) {

    public LinkageSettings {
        blockingRules = List.copyOf(blockingRules);
        trainingRules = List.copyOf(trainingRules);
        if (blockingRules.isEmpty()) {
            throw new IllegalArgumentException("at least one blocking rule is needed");
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
    }

    /** Default rules for the fields present, threshold 0.5, 100,000 u-sample pairs, all available processors. */
    public static LinkageSettings defaultsFor(Set<Field> fields) {
        return new LinkageSettings(defaultBlockingRules(fields), defaultTrainingRules(fields), 0.5, 100_000, 2_000_000, 0, 10,
                42, Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@link #defaultsFor(Set)} sized for {@code records} records: u is estimated from 2.5 random pairs per
     * record, at least 25,000 and at most 300,000; each EM session uses at most 1,000,000 pairs.
     *
     * <p>Twice that sample (5 per record, at least 50,000) moved F1 by less than the seed alone moves it: over eight
     * seeds on FEBRL1–4, historical_50k, NCVR, RLdata10000, fake_20000 and the FEBRL generator's sets, the mean F1
     * of each set was within 0.0011 of the larger sample's, whose own seeds spread over up to 0.0073
     * (docs/benchmarks/linkage.md, 1 December 2026). Sampling u was a quarter of the CPU of linking FEBRL4.
     */
    public static LinkageSettings defaultsFor(Set<Field> fields, int records) {
        int pairs = (int) Math.max(25_000, Math.min(300_000, 5L * records / 2));
        LinkageSettings d = defaultsFor(fields).withUSamplePairs(pairs);
        return new LinkageSettings(d.blockingRules(), d.trainingRules(), d.threshold(), pairs, 1_000_000, d.maxBlockSize(),
                d.maxPairsPerRecord(), d.seed(), d.threads());
    }

    public LinkageSettings withThreshold(double t) {
        return new LinkageSettings(blockingRules, trainingRules, t, uSamplePairs, emMaxPairsPerSession, maxBlockSize, maxPairsPerRecord, seed, threads);
    }

    public LinkageSettings withThreads(int n) {
        return new LinkageSettings(blockingRules, trainingRules, threshold, uSamplePairs, emMaxPairsPerSession, maxBlockSize, maxPairsPerRecord, seed, n);
    }

    public LinkageSettings withBlockingRules(List<BlockingRule> rules) {
        return new LinkageSettings(rules, trainingRules, threshold, uSamplePairs, emMaxPairsPerSession, maxBlockSize, maxPairsPerRecord, seed, threads);
    }

    public LinkageSettings withTrainingRules(List<BlockingRule> rules) {
        return new LinkageSettings(blockingRules, rules, threshold, uSamplePairs, emMaxPairsPerSession, maxBlockSize, maxPairsPerRecord, seed, threads);
    }

    public LinkageSettings withMaxPairsPerRecord(double max) {
        return new LinkageSettings(blockingRules, trainingRules, threshold, uSamplePairs, emMaxPairsPerSession, maxBlockSize, max, seed, threads);
    }

    public LinkageSettings withSeed(long newSeed) {
        return new LinkageSettings(blockingRules, trainingRules, threshold, uSamplePairs, emMaxPairsPerSession, maxBlockSize, maxPairsPerRecord, newSeed, threads);
    }

    public LinkageSettings withUSamplePairs(int pairs) {
        return new LinkageSettings(blockingRules, trainingRules, threshold, pairs, emMaxPairsPerSession, maxBlockSize, maxPairsPerRecord, seed, threads);
    }

    public LinkageSettings withMaxBlockSize(int max) {
        return new LinkageSettings(blockingRules, trainingRules, threshold, uSamplePairs, emMaxPairsPerSession, max, maxPairsPerRecord, seed, threads);
    }

    /**
     * Candidate blocking rules for the fields present, specific first: a shared identifier, phone,
     * e-mail, vehicle or place; date of birth with either initial; given-name Double Metaphone with
     * surname initial and year of birth; both names' Double Metaphone codes, in either order; postcode or street with house
     * number; a name with the outward postcode or the birth place; surname with year of birth; and last
     * the coarse ones (postcode with given initial, date of birth alone, surname Double Metaphone with
     * given initial, both initials with year of birth, postcode alone). The pair budget
     * ({@link #maxPairsPerRecord()}) drops whichever are too coarse for the data at hand.
     */
    public static List<BlockingRule> defaultBlockingRules(Set<Field> fields) {
        List<BlockingRule> candidates = List.of(
                BlockingRule.on(BlockingKey.IDENTIFIER),
                BlockingRule.on(BlockingKey.PHONE),
                BlockingRule.on(BlockingKey.EMAIL),
                BlockingRule.on(BlockingKey.VRM),
                BlockingRule.on(BlockingKey.PLACE),
                BlockingRule.on(BlockingKey.DOB, BlockingKey.GIVEN_INITIAL),
                BlockingRule.on(BlockingKey.DOB, BlockingKey.SURNAME_INITIAL),
                BlockingRule.on(BlockingKey.GIVEN_METAPHONE, BlockingKey.SURNAME_INITIAL, BlockingKey.BIRTH_YEAR),
                BlockingRule.on(BlockingKey.NAME_METAPHONES),
                BlockingRule.on(BlockingKey.POSTCODE, BlockingKey.STREET_NUMBER),
                BlockingRule.on(BlockingKey.ADDRESS_LINE, BlockingKey.STREET_NUMBER),
                BlockingRule.on(BlockingKey.GIVEN_NAME, BlockingKey.POSTCODE_OUTWARD),
                BlockingRule.on(BlockingKey.SURNAME, BlockingKey.POSTCODE_OUTWARD),
                BlockingRule.on(BlockingKey.ANY_NAME_METAPHONE, BlockingKey.BIRTH_PLACE),
                BlockingRule.on(BlockingKey.SURNAME, BlockingKey.BIRTH_YEAR),
                BlockingRule.on(BlockingKey.POSTCODE, BlockingKey.GIVEN_INITIAL),
                BlockingRule.on(BlockingKey.DOB),
                BlockingRule.on(BlockingKey.SURNAME_METAPHONE, BlockingKey.GIVEN_INITIAL),
                BlockingRule.on(BlockingKey.GIVEN_METAPHONE, BlockingKey.BIRTH_YEAR),
                BlockingRule.on(BlockingKey.GIVEN_INITIAL, BlockingKey.SURNAME_INITIAL, BlockingKey.BIRTH_YEAR),
                BlockingRule.on(BlockingKey.POSTCODE));
        return available(candidates, fields);
    }

    /** EM training rules: blocks on exact date of birth, and on given name and surname. */
    public static List<BlockingRule> defaultTrainingRules(Set<Field> fields) {
        List<BlockingRule> candidates = List.of(
                BlockingRule.on(BlockingKey.DOB),
                BlockingRule.on(BlockingKey.GIVEN_NAME, BlockingKey.SURNAME));
        List<BlockingRule> out = available(candidates, fields);
        if (out.size() < 2 && fields.contains(Field.IDENTIFIER)) {
            out.add(BlockingRule.on(BlockingKey.IDENTIFIER));
        }
        if (out.size() < 2 && fields.contains(Field.POSTCODE)) {
            out.add(BlockingRule.on(BlockingKey.POSTCODE));
        }
        return out;
    }

    private static List<BlockingRule> available(List<BlockingRule> rules, Set<Field> fields) {
        List<BlockingRule> out = new ArrayList<>();
        for (BlockingRule r : rules) {
            if (r.isAvailable(fields)) {
                out.add(r);
            }
        }
        return out;
    }
}
