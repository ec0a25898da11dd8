package org.vigil.linkage.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vigil.linkage.blocking.BlockingRule;

/**
 * Options of {@link CsvLinkage#run}: what {@code vigil link LEFT.csv [RIGHT.csv] --id COLUMN --out
 * PAIRS.csv} passes.
 *
 * @param left the first (or only) CSV file
 * @param right the second CSV file, or {@code null} to deduplicate {@code left}
 * @param idColumn the column holding each record's id (unique within its file)
 * @param out where to write {@code left_id,right_id,probability}
 * @param roles explicit role → column overrides (e.g. {@code SURNAME → "family"}); other columns are
 *        recognised from their headers
 * @param threshold probability at or above which a pair is written (default 0.5)
 * @param modelIn a saved model to use instead of training, or {@code null}
 * @param modelOut where to save the trained model as JSON, or {@code null}
 * @param explainOut where to write a waterfall for every pair written, or {@code null}
 * @param blockingRules blocking rules, or {@code null} for the defaults for the columns found
 * @param threads worker threads (0: all processors)
 * @param seed seed for sampling
 * @param rightIdColumn the right file's id column when it is named differently from {@code idColumn}, or {@code null}
 */
public record LinkOptions(Path left, Path right, String idColumn, Path out, Map<ColumnRole, String> roles,
                          double threshold, Path modelIn, Path modelOut, Path explainOut,
                          List<BlockingRule> blockingRules, int threads, long seed, String rightIdColumn) {

    public LinkOptions {
        if (left == null || idColumn == null || idColumn.isBlank() || out == null) {
            throw new InputException("left file, id column and output file are required");
        }
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        if (!(threshold > 0 && threshold < 1)) {
            throw new InputException("threshold must be in (0, 1): " + threshold);
        }
        blockingRules = blockingRules == null ? null : List.copyOf(blockingRules);
        rightIdColumn = rightIdColumn == null || rightIdColumn.isBlank() ? null : rightIdColumn;
    }

    /** The files to read, left then right if there is one: a record's source is its index here. */
    public List<Path> files() {
        return right == null ? List.of(left) : List.of(left, right);
    }

    /** The id column of the left file (source 0) or the right (source 1). */
    public String idColumnOf(int source) {
        return source == 1 && rightIdColumn != null ? rightIdColumn : idColumn;
    }

    /** Deduplicate {@code left} (or link it to {@code right} when not null) with every default. */
    public static LinkOptions of(Path left, Path right, String idColumn, Path out) {
        return new LinkOptions(left, right, idColumn, out, Map.of(), 0.5, null, null, null, null, 0, 42, null);
    }

    public LinkOptions withThreshold(double t) {
        return new LinkOptions(left, right, idColumn, out, roles, t, modelIn, modelOut, explainOut, blockingRules, threads, seed, rightIdColumn);
    }

    public LinkOptions withRoles(Map<ColumnRole, String> r) {
        return new LinkOptions(left, right, idColumn, out, r, threshold, modelIn, modelOut, explainOut, blockingRules, threads, seed, rightIdColumn);
    }

    public LinkOptions withModelIn(Path p) {
        return new LinkOptions(left, right, idColumn, out, roles, threshold, p, modelOut, explainOut, blockingRules, threads, seed, rightIdColumn);
    }

    public LinkOptions withModelOut(Path p) {
        return new LinkOptions(left, right, idColumn, out, roles, threshold, modelIn, p, explainOut, blockingRules, threads, seed, rightIdColumn);
    }

    public LinkOptions withExplainOut(Path p) {
        return new LinkOptions(left, right, idColumn, out, roles, threshold, modelIn, modelOut, p, blockingRules, threads, seed, rightIdColumn);
    }

    public LinkOptions withBlockingRules(List<BlockingRule> r) {
        return new LinkOptions(left, right, idColumn, out, roles, threshold, modelIn, modelOut, explainOut, r, threads, seed, rightIdColumn);
    }

    public LinkOptions withThreads(int n) {
        return new LinkOptions(left, right, idColumn, out, roles, threshold, modelIn, modelOut, explainOut, blockingRules, n, seed, rightIdColumn);
    }

    /** The right file's id column, when its name differs from the left's ({@code vigil link --right-id}). */
    public LinkOptions withRightIdColumn(String column) {
        return new LinkOptions(left, right, idColumn, out, roles, threshold, modelIn, modelOut, explainOut, blockingRules, threads, seed, column);
    }
}
