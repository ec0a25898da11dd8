package org.vigil.linkage.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.vigil.linkage.Parallel;
import org.vigil.linkage.table.RecordTable;

/**
 * The candidate pairs of a table under a union of blocking rules, enumerated block by block without
 * materialising them. Each pair is produced exactly once, by the first rule that blocks it together in a block
 * within the maximum block size (if one is set).
 *
 * <p>Per rule, every record's keys are held in one flat {@code long[]} (sorted per record, {@link RuleKeys}) and an
 * entry {@code (key's high bits | record)} per key is sorted so that a block is a run of equal high bits.
 * Checking whether an earlier rule already produced a pair is a comparison of a few longs. Work is cut
 * into units of about {@value #UNIT_PAIRS} pairs (a large block is split by its outer loop) that threads
 * take in turn.
 */
public final class BlockedPairs {
    static final int UNIT_PAIRS = 20_000;
    /** A rule within this many pairs is never dropped for the budget, however few the records. */
    static final long MIN_RULE_BUDGET = 2_000_000;
    private static final long NO_KEY = Long.MIN_VALUE;

    /** Receives candidate pairs; {@code a < b}, and in a linkage {@code a} is from the left table. */
    @FunctionalInterface
    public interface PairSink {
        void accept(int a, int b);
    }

    private final List<BlockingRule> rules;
    private final List<String> droppedRules;
    private final boolean link;
    private final int size;
    private final int leftSize;
    private final int recordBits;
    private final long highMask;
    private final RuleKeys[] keys;
    /** Single-key rules' keys row-major, {@code rowKeys[record * rules + rule]}; {@link #NO_KEY} if none. */
    private final long[] rowKeys;
    private final boolean[] multiKey;
    private final long[][] entries;
    private final int[] units;
    private final long[] blockPairsByRule;
    private final int maxBlockSize;
    private final long skippedBlocks;

    private BlockedPairs(RecordTable t, List<BlockingRule> candidates, boolean link, int maxBlockSize, double maxPairsPerRecord,
                         int threads) {
        this.link = link;
        this.size = t.size();
        this.maxBlockSize = maxBlockSize;
        int left = size;
        if (link) {
            left = 0;
            while (left < size && t.source(left) == 0) {
                left++;
            }
            for (int i = left; i < size; i++) {
                if (t.source(i) != 1) {
                    throw new IllegalArgumentException("in a linkage all left records must precede the right: record " + i);
                }
            }
        }
        this.leftSize = left;
        this.recordBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1)));
        this.highMask = -1L << recordBits;
        double budget = maxPairsPerRecord > 0 ? Math.max(MIN_RULE_BUDGET, maxPairsPerRecord * size) : Double.POSITIVE_INFINITY;
        List<BlockingRule> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<RuleKeys> keyList = new ArrayList<>();
        List<long[]> entryList = new ArrayList<>();
        Indexed[] indexed = new Indexed[candidates.size()];
        AtomicInteger nextRule = new AtomicInteger();
        Parallel.run(Math.min(threads, candidates.size()), () -> {
            int q;
            while ((q = nextRule.getAndIncrement()) < candidates.size()) {
                indexed[q] = index(t, candidates.get(q));
            }
        });
        for (int c = 0; c < candidates.size(); c++) {
            BlockingRule rule = candidates.get(c);
            Indexed ix = indexed[c];
            indexed[c] = null;
            long pairs = pairsWithin(ix.entries);
            if (pairs > budget) {
                dropped.add(rule.name() + " (" + pairs + " pairs)");
                continue;
            }
            kept.add(rule);
            keyList.add(ix.keys);
            entryList.add(ix.entries);
        }
        this.rules = List.copyOf(kept);
        this.droppedRules = List.copyOf(dropped);
        int r = kept.size();
        keys = keyList.toArray(RuleKeys[]::new);
        entries = entryList.toArray(long[][]::new);
        multiKey = new boolean[r];
        for (int q = 0; q < r; q++) {
            multiKey[q] = keys[q].multi;
        }
        rowKeys = new long[size * r];
        for (int q = 0; q < r; q++) {
            if (multiKey[q]) {
                continue;
            }
            // A key in a skipped block pairs no record, so it is held as none: an earlier rule that only skipped
            // the pair does not count as producing it, and a later rule does.
            int[] off = keys[q].offsets;
            for (int i = 0; i < size; i++) {
                long key = off[i + 1] > off[i] ? keys[q].keys[off[i]] : NO_KEY;
                rowKeys[i * r + q] = key != NO_KEY && keys[q].inSkippedBlock(key) ? NO_KEY : key;
            }
        }
        blockPairsByRule = new long[r];
        List<int[]> u = new ArrayList<>();
        long skipped = 0;
        for (int q = 0; q < r; q++) {
            skipped += cut(q, u);
        }
        skippedBlocks = skipped;
        units = new int[u.size() * 5];
        for (int i = 0; i < u.size(); i++) {
            System.arraycopy(u.get(i), 0, units, i * 5, 5);
        }
    }

    /**
     * Blocks {@code table} by the union of {@code rules}: all pairs within the table (deduplication) or,
     * when {@code link} is set, pairs of a left (source 0) and a right (source 1) record. Blocks larger than
     * {@code maxBlockSize} records are skipped and counted (0: no limit).
     */
    public static BlockedPairs of(RecordTable table, List<BlockingRule> rules, boolean link, int maxBlockSize) {
        return of(table, rules, link, maxBlockSize, 0);
    }

    /**
     * As {@link #of(RecordTable, List, boolean, int)}, dropping every rule whose blocks alone hold more than
     * max(2,000,000, {@code maxPairsPerRecord} × number of records) pairs (0: keep all). Dropped rules are
     * listed in {@link #droppedRules()}.
     */
    public static BlockedPairs of(RecordTable table, List<BlockingRule> rules, boolean link, int maxBlockSize,
                                  double maxPairsPerRecord) {
        return of(table, rules, link, maxBlockSize, maxPairsPerRecord, 1);
    }

    /** As {@link #of(RecordTable, List, boolean, int, double)}, indexing rules on {@code threads} threads. */
    public static BlockedPairs of(RecordTable table, List<BlockingRule> rules, boolean link, int maxBlockSize,
                                  double maxPairsPerRecord, int threads) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no blocking rules");
        }
        table.prime();
        return new BlockedPairs(table, rules, link, maxBlockSize, maxPairsPerRecord, Math.max(1, threads));
    }

    private record Indexed(RuleKeys keys, long[] entries) {
    }

    /** Pairs inside the blocks of sorted entries (before the block-size limit). */
    private long pairsWithin(long[] e) {
        int lowMask = (int) ~highMask;
        long total = 0;
        int i = 0;
        while (i < e.length) {
            int j = i + 1;
            long high = e[i] & highMask;
            while (j < e.length && (e[j] & highMask) == high) {
                j++;
            }
            if (link) {
                int split = i;
                while (split < j && ((int) e[split] & lowMask) < leftSize) {
                    split++;
                }
                total += (long) (split - i) * (j - split);
            } else {
                total += (long) (j - i) * (j - i - 1) / 2;
            }
            i = j;
        }
        return total;
    }

    private Indexed index(RecordTable t, BlockingRule rule) {
        RuleKeys rk = RuleKeys.of(t, rule);
        long[] e = rk.entries(highMask);
        return new Indexed(rk.skipping(e, highMask, maxBlockSize), e);
    }

    /** Cuts rule {@code q}'s blocks into work units {rule, start, end, outerFrom, outerTo}; returns blocks skipped. */
    private long cut(int q, List<int[]> out) {
        long[] e = entries[q];
        int lowMask = (int) ~highMask;
        long skipped = 0;
        int unitStart = -1;
        int unitEnd = -1;
        long unitPairs = 0;
        int i = 0;
        while (i < e.length) {
            int j = i + 1;
            long high = e[i] & highMask;
            while (j < e.length && (e[j] & highMask) == high) {
                j++;
            }
            int blockSize = j - i;
            if (maxBlockSize > 0 && blockSize > maxBlockSize) {
                skipped++;
                i = j;
                continue;
            }
            long pairs;
            int split = i;
            if (link) {
                while (split < j && ((int) e[split] & lowMask) < leftSize) {
                    split++;
                }
                pairs = (long) (split - i) * (j - split);
            } else {
                pairs = (long) blockSize * (blockSize - 1) / 2;
            }
            blockPairsByRule[q] += pairs;
            if (pairs == 0) {
                i = j;
                continue;
            }
            if (pairs > UNIT_PAIRS) {
                // A large block alone: close the pending unit (it must not span this block), then split
                // the block's outer loop into pieces of about UNIT_PAIRS pairs.
                if (unitStart >= 0) {
                    out.add(new int[] {q, unitStart, unitEnd, -1, -1});
                    unitStart = -1;
                    unitPairs = 0;
                }
                int outerEnd = link ? split : j - 1;
                int from = i;
                long acc = 0;
                for (int a = i; a < outerEnd; a++) {
                    acc += link ? (j - split) : (j - a - 1);
                    if (acc >= UNIT_PAIRS || a == outerEnd - 1) {
                        out.add(new int[] {q, i, j, from, a + 1});
                        from = a + 1;
                        acc = 0;
                    }
                }
            } else {
                if (unitStart >= 0 && unitPairs + pairs > UNIT_PAIRS) {
                    out.add(new int[] {q, unitStart, unitEnd, -1, -1});
                    unitStart = -1;
                    unitPairs = 0;
                }
                if (unitStart < 0) {
                    unitStart = i;
                }
                unitEnd = j;
                unitPairs += pairs;
            }
            i = j;
        }
        if (unitStart >= 0) {
            out.add(new int[] {q, unitStart, unitEnd, -1, -1});
        }
        return skipped;
    }

    /** The rules in use (those not dropped for exceeding the pair budget). */
    public List<BlockingRule> rules() {
        return rules;
    }

    /** Rules dropped for exceeding the pair budget, with their pair counts. */
    public List<String> droppedRules() {
        return droppedRules;
    }

    public boolean isLinkage() {
        return link;
    }

    /** Whether record {@code i} is from the left table (always, in a deduplication). */
    public boolean isLeft(int i) {
        return i < leftSize;
    }

    /** Pairs inside the blocks of each rule, before removing those an earlier rule produced. */
    public long[] blockPairsByRule() {
        return blockPairsByRule.clone();
    }

    /** Blocks skipped for exceeding the maximum block size. */
    public long skippedBlocks() {
        return skippedBlocks;
    }

    /** Enumerates every candidate pair on the calling thread. */
    public void forEach(PairSink sink) {
        for (int u = 0; u < units.length / 5; u++) {
            runUnit(u, sink);
        }
    }

    /**
     * Enumerates every candidate pair on {@code threads} threads, each feeding its own sink from
     * {@code sinks}; returns the sinks. Pairs reach sinks in no particular order.
     */
    public <S extends PairSink> List<S> forEachParallel(int threads, Supplier<S> sinks) {
        int n = Math.max(1, threads);
        List<S> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(sinks.get());
        }
        if (n == 1) {
            forEach(out.get(0));
            return out;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger thread = new AtomicInteger();
        int count = units.length / 5;
        Parallel.run(n, () -> {
            S sink = out.get(thread.getAndIncrement());
            int u;
            while ((u = next.getAndIncrement()) < count) {
                runUnit(u, sink);
            }
        });
        return out;
    }

    private void runUnit(int u, PairSink sink) {
        int base = u * 5;
        int q = units[base];
        int start = units[base + 1];
        int end = units[base + 2];
        int outerFrom = units[base + 3];
        int outerTo = units[base + 4];
        long[] e = entries[q];
        int lowMask = (int) ~highMask;
        if (outerFrom >= 0) {
            block(q, e, start, end, outerFrom, outerTo, lowMask, sink);
            return;
        }
        int i = start;
        while (i < end) {
            int j = i + 1;
            long high = e[i] & highMask;
            while (j < end && (e[j] & highMask) == high) {
                j++;
            }
            if (!(maxBlockSize > 0 && j - i > maxBlockSize)) {
                block(q, e, i, j, i, j, lowMask, sink);
            }
            i = j;
        }
    }

    private void block(int q, long[] e, int start, int end, int outerFrom, int outerTo, int lowMask, PairSink sink) {
        long high = e[start] & highMask;
        if (link) {
            int split = start;
            while (split < end && ((int) e[split] & lowMask) < leftSize) {
                split++;
            }
            for (int x = outerFrom; x < Math.min(outerTo, split); x++) {
                int a = (int) e[x] & lowMask;
                for (int y = split; y < end; y++) {
                    int b = (int) e[y] & lowMask;
                    if (isFirst(q, a, b, high)) {
                        sink.accept(a, b);
                    }
                }
            }
        } else {
            for (int x = outerFrom; x < outerTo; x++) {
                int a = (int) e[x] & lowMask;
                for (int y = x + 1; y < end; y++) {
                    int b = (int) e[y] & lowMask;
                    if (isFirst(q, a, b, high)) {
                        sink.accept(a, b);
                    }
                }
            }
        }
    }

    /**
     * Whether the pair is produced here: no earlier rule blocks it together in a block it keeps, and this is its first
     * such block in rule q.
     */
    private boolean isFirst(int q, int a, int b, long high) {
        int r = multiKey.length;
        int ra = a * r;
        int rb = b * r;
        for (int p = 0; p < q; p++) {
            if (multiKey[p]) {
                if (keys[p].blocksTogether(a, b)) {
                    return false;
                }
            } else {
                long ka = rowKeys[ra + p];
                if (ka != NO_KEY && ka == rowKeys[rb + p]) {
                    return false;
                }
            }
        }
        if (!multiKey[q]) {
            return rowKeys[ra + q] == rowKeys[rb + q];
        }
        return keys[q].firstSharedBlock(a, b, highMask) == high;
    }

    /**
     * Whether records {@code a} and {@code b} are a candidate pair: some rule blocks them together in a block it keeps
     * (within the maximum block size, if one is set), so they are scored.
     */
    public boolean isCandidate(int a, int b) {
        return firstRule(a, b) >= 0;
    }

    /** Index of the rule that produces the pair {@code a}, {@code b} (the first that blocks it in a kept block), or -1. */
    public int firstRule(int a, int b) {
        for (int q = 0; q < rules.size(); q++) {
            if (keys[q].blocksTogether(a, b)) {
                return q;
            }
        }
        return -1;
    }

    /** Number of candidate pairs (one full enumeration). */
    public long count(int threads) {
        long n = 0;
        for (Counter c : forEachParallel(threads, Counter::new)) {
            n += c.pairs;
        }
        return n;
    }

    private static final class Counter implements PairSink {
        long pairs;

        @Override
        public void accept(int a, int b) {
            pairs++;
        }
    }
}
