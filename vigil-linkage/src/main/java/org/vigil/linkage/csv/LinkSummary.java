package org.vigil.linkage.csv;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.table.Field;

/**
 * What {@link CsvLinkage#run} did.
 *
 * @param leftRecords records read from the left file
 * @param rightRecords records read from the right file (0 when deduplicating)
 * @param roles the column used for each role, per file (left first)
 * @param ignoredColumns columns not used, per file
 * @param fields the fields compared
 * @param blockingRules the blocking rules, written {@code a&b}
 * @param candidatePairs pairs scored
 * @param pairsWritten pairs at or above the threshold, written to the output
 * @param model the model used (trained, or loaded), with the λ used; null when there was no pair to compare
 * @param stageMillis wall time per stage
 * @param notices what the user should know about how the input was read (a file that was not UTF-8)
 */
public record LinkSummary(int leftRecords, int rightRecords, List<Map<ColumnRole, String>> roles,
                          List<List<String>> ignoredColumns, List<Field> fields, List<String> blockingRules,
                          long candidatePairs, int pairsWritten, LinkageModel model, Map<String, Long> stageMillis,
                          List<String> notices) {

    /** A few lines for a terminal. */
    public String toText() {
        return notices.stream().map(n -> n + System.lineSeparator()).collect(java.util.stream.Collectors.joining())
                + counts();
    }

    private String counts() {
        boolean linked = roles.size() > 1;
        String records = String.format(Locale.ROOT, "%s: %d%s records", linked ? "linked" : "deduplicated", leftRecords,
                linked ? " + " + rightRecords : "");
        if (model == null) {
            return records + ", so no pairs to compare; the output written with its header only" + System.lineSeparator()
                    + columns();
        }
        return String.format(Locale.ROOT, "%s, %d candidate %s, %d %s written (lambda %.3g)%n%s"
                        + "fields compared: %s%nblocking: %s%ntimes (ms): %s%n",
                records, candidatePairs, candidatePairs == 1 ? "pair" : "pairs",
                pairsWritten, pairsWritten == 1 ? "pair" : "pairs", model.lambda(), columns(), fields,
                blockingRules, stageMillis);
    }

    /** A line per file naming the column each role was read from: {@code columns: surname=Family Name, ...}. */
    private String columns() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < roles.size(); i++) {
            out.append(roles.size() == 1 ? "columns: " : i == 0 ? "left columns: " : "right columns: ");
            out.append(roles.get(i).entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")));
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
