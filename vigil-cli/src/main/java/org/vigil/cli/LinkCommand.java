package org.vigil.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.linkage.blocking.BlockingKey;
import org.vigil.linkage.blocking.BlockingRule;
import org.vigil.linkage.csv.ColumnRole;
import org.vigil.linkage.csv.CsvLinkage;
import org.vigil.linkage.csv.InputException;
import org.vigil.linkage.csv.LinkOptions;
import org.vigil.linkage.csv.LinkSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"General record linkage of person tables (Fellegi–Sunter, trained without labels):"
                + " deduplicates one CSV, or links two, and writes left_id,right_id,probability for every pair judged"
                + " to match.",
                "Column roles (given name, surname, date of birth, address, postcode, phone, ...) are recognised from"
                + " common header names; --column ROLE=COLUMN overrides."})
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Taken, as by every command (spec §3), and not used: this command reads and writes only the files it is given. */
    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "LEFT.csv",
            description = "the person table to deduplicate, or the first of two to link (its ids are left_id)")
    Path left;

    @Parameters(index = "1", paramLabel = "RIGHT.csv", arity = "0..1",
            description = "the table to link LEFT.csv with (its ids are right_id)")
    Path right;

    @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "the column holding each record's id")
    String id;

    @Option(names = "--right-id", paramLabel = "COLUMN",
            description = "the right file's id column, when it is not named as the left's")
    String rightId;

    @Option(names = "--out", required = true, paramLabel = "PAIRS.csv",
            description = "where to write the matching pairs; - for standard output")
    Path out;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "P",
            description = "match probability at or above which a pair is written (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--column", paramLabel = "ROLE=COLUMN", completionCandidates = RoleNames.class,
            description = "use this column for this role, e.g. --column surname=family; with two files, in the file"
                    + " that has the column; roles: ${COMPLETION-CANDIDATES}")
    Map<String, String> columns = new LinkedHashMap<>();

    /** The roles {@code --column} accepts, listed in the help. */
    static final class RoleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ColumnRole.values()).map(ColumnRole::key).iterator();
        }
    }

    @Option(names = "--blocking", paramLabel = "RULE", completionCandidates = BlockingKeys.class,
            description = "compare only pairs that agree on this rule, instead of the rules chosen for the columns found;"
                    + " repeat it for a union of rules. A rule is keys joined by &, as the summary prints them, such as"
                    + " --blocking 'surname&birth_year'; keys: ${COMPLETION-CANDIDATES}")
    List<String> blocking = new ArrayList<>();

    /** The keys {@code --blocking} accepts, listed in the help. */
    static final class BlockingKeys implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(BlockingKey.values()).map(BlockingKey::key).iterator();
        }
    }

    @Option(names = "--model", paramLabel = "MODEL.json", description = "use a saved model instead of training")
    Path modelIn;

    @Option(names = "--save-model", paramLabel = "MODEL.json", description = "save the trained model as JSON")
    Path modelOut;

    @Option(names = "--explain", paramLabel = "FILE", description = "write each written pair's match-weight waterfall")
    Path explain;

    @Override
    public Integer call() {
        List<Path> tables = right == null ? List.of(left) : List.of(left, right);
        InputFiles.checkReadable(tables, "a CSV file");
        List<Path> read = new ArrayList<>(tables);
        if (modelIn != null) {
            InputFiles.checkReadable(List.of(modelIn), "a linkage model");
            read.add(modelIn);
        }
        // Each is written after every input is read, so one named as an input erased it; only --save-model may name
        // the --model it writes back.
        java.util.Map<String, Path> outputs = new LinkedHashMap<>();
        outputs.put("--out", out);
        outputs.put("--explain", explain);
        outputs.put("--save-model", modelOut);
        InputFiles.checkDistinct(outputs);
        boolean toStandardOutput = out.toString().equals("-");
        if (!toStandardOutput) {
            InputFiles.checkWritable(out, read);
        }
        if (modelOut != null) {
            InputFiles.checkWritable(modelOut, tables);
        }
        if (explain != null) {
            InputFiles.checkWritable(explain, read);
        }
        Map<ColumnRole, String> roles = new LinkedHashMap<>();
        columns.forEach((role, column) -> roles.put(role(role), column));
        refuseARoleGivenTwice();
        Path pairs = out;
        if (toStandardOutput) {
            try {
                pairs = java.nio.file.Files.createTempFile("vigil-link", ".csv");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot make a file to write the pairs in", e);
            }
        }
        try {
            return run(pairs, roles, toStandardOutput);
        } finally {
            if (toStandardOutput) {
                try {
                    java.nio.file.Files.deleteIfExists(pairs);
                } catch (java.io.IOException e) {
                    // left in the temporary directory, which the system clears
                }
            }
        }
    }

    private int run(Path pairs, Map<ColumnRole, String> roles, boolean toStandardOutput) {
        LinkOptions options = LinkOptions.of(left, right, id, pairs).withThreshold(threshold).withRoles(roles)
                .withModelIn(modelIn).withModelOut(modelOut).withExplainOut(explain).withRightIdColumn(rightId);
        if (!blocking.isEmpty()) {
            options = options.withBlockingRules(blocking.stream().map(BlockingRule::parse).toList());
        }
        LinkSummary summary;
        try {
            summary = CsvLinkage.run(options);
        } catch (InputException e) {
            if (right != null && rightId == null && e.getMessage().startsWith(right + " has no id column ")) {
                throw new InputException(e.getMessage() + "; if its id column has another name, give it with"
                        + " --right-id COLUMN");
            }
            throw e;
        }
        if (toStandardOutput) {
            try (java.io.Reader written = java.nio.file.Files.newBufferedReader(pairs)) {
                written.transferTo(spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read back the pairs written", e);
            }
        }
        spec.commandLine().getErr().print(summary.toText());
        return ExitCode.OK;
    }

    /** A map option keeps the last of two values for one role: the first would be dropped without a word. */
    private void refuseARoleGivenTwice() {
        picocli.CommandLine.Model.OptionSpec given = spec.findOption("--column");
        if (given == null) {
            return;
        }
        Map<ColumnRole, List<String>> byRole = new LinkedHashMap<>();
        for (String value : given.originalStringValues()) {
            int eq = value.indexOf('=');
            if (eq > 0) {
                byRole.computeIfAbsent(role(value.substring(0, eq)), r -> new ArrayList<>()).add(value.substring(eq + 1));
            }
        }
        byRole.forEach((role, names) -> {
            if (names.size() > 1) {
                throw new IllegalArgumentException("--column " + role.key() + " is given " + names.size() + " times ("
                        + String.join(", ", names) + "): a role takes one column, in each file that has it; rename"
                        + " the header in one file so that both files name that column alike");
            }
        });
    }

    private static ColumnRole role(String name) {
        try {
            return ColumnRole.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no column role \"" + name + "\"; roles are "
                    + java.util.Arrays.toString(ColumnRole.values()).toLowerCase(Locale.ROOT));
        }
    }
}
