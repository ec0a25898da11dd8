package org.vigil.linkage.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.vigil.linkage.LinkageSettings;
import org.vigil.linkage.Linker;
import org.vigil.linkage.blocking.BlockingRule;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Predictions;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.NormalForm;
import org.vigil.linkage.table.RecordTable;

/**
 * {@code vigil link LEFT.csv [RIGHT.csv] --id COLUMN --out PAIRS.csv}: deduplicate one CSV file or link
 * two, unsupervised unless a saved model is given, and write {@code left_id,right_id,probability}.
 *
 * <p>Steps: read and recognise columns ({@link CsvPersons}); build one table (left rows, then right);
 * train the default comparisons of the fields present (u by random sampling, m by EM) or load a model;
 * block, score and estimate λ; write every pair whose probability reaches the threshold, in record order,
 * with a waterfall each if asked. In a deduplication {@code left_id} and {@code right_id} both come from
 * the one file, first-appearing record on the left.
 */
public final class CsvLinkage {
    private CsvLinkage() {
    }

    public static LinkSummary run(LinkOptions o) {
        long t0 = System.nanoTime();
        Map<String, Long> times = new LinkedHashMap<>();
        RecordTable table = new RecordTable();
        int threads = o.threads() > 0 ? o.threads() : Runtime.getRuntime().availableProcessors();
        List<CsvPersons.Columns> read = read(o, table, threads);
        CsvPersons.Columns left = read.get(0);
        CsvPersons.Columns right = o.right() == null ? null : read.get(1);
        long t1 = System.nanoTime();
        times.put("read", (t1 - t0) / 1_000_000);
        List<Path> files = o.files();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).roles().isEmpty()) {
                // A file none of whose columns is recognised would be compared on nothing, and link no one silently.
                throw new InputException("no column of " + files.get(i) + " was recognised as a given name, surname,"
                        + " date of birth, address, postcode, phone or the like (columns: " + read.get(i).ignored()
                        + "): name each column's role with --column ROLE=COLUMN, such as --column surname=family");
            }
        }
        if (table.size() < 2 || (right != null && (right.rows() == 0 || left.rows() == 0))) {
            // One record, or a file with no rows: no pair can match, which is an answer, not an error.
            write(o, table, null, List.of());
            times.put("total", (System.nanoTime() - t0) / 1_000_000);
            return new LinkSummary(left.rows(), right == null ? 0 : right.rows(), List.of(left.roles()),
                    List.of(left.ignored()), List.of(), List.of(), 0, 0, null, times, notices(o, read));
        }
        Set<Field> fields = table.presentFields();
        if (fields.isEmpty()) {
            throw new InputException("no usable columns in " + o.left() + ": nothing to compare");
        }
        if (o.blockingRules() == null && LinkageSettings.defaultBlockingRules(fields).isEmpty()) {
            throw new InputException("the columns read give only " + fields + ", and no blocking rule can be made of "
                    + (fields.size() == 1 ? "it" : "them") + " alone: add a column of surnames, dates of birth,"
                    + " postcodes, phones or identifiers, or give the rules with --blocking");
        }
        LinkageSettings settings = LinkageSettings.defaultsFor(fields, table.size()).withThreads(threads).withThreshold(o.threshold());
        if (o.blockingRules() != null) {
            for (BlockingRule rule : o.blockingRules()) {
                if (!rule.isAvailable(fields)) {
                    Set<Field> missing = EnumSet.copyOf(rule.fields());
                    missing.removeAll(fields);
                    throw new InputException("blocking rule " + rule.name() + " needs " + missing
                            + ", which no column read gives (fields: " + fields + ")");
                }
            }
            settings = settings.withBlockingRules(o.blockingRules());
        }
        settings = settings.withSeed(o.seed());
        Linker linker = right == null ? Linker.dedupe(table, settings) : Linker.link(table, settings);

        List<String> notices = notices(o, read);
        LinkageModel model;
        if (o.modelIn() != null) {
            try {
                model = LinkageModel.load(o.modelIn());
            } catch (java.io.UncheckedIOException e) {
                throw new InputException("cannot read model " + o.modelIn() + ": " + e.getCause().getMessage(), e);
            } catch (org.vigil.linkage.model.ModelFormatException e) {
                throw new InputException("cannot read model " + o.modelIn() + ": " + e.getMessage(), e);
            }
        } else if (!linker.canTrain()) {
            model = linker.defaultModel(Comparisons.defaultsFor(table));
            notices.add(String.format(java.util.Locale.ROOT, "only %,.0f %s to compare, too few to train a model on:"
                    + " the default weights were used", linker.totalPairs(), linker.totalPairs() == 1 ? "pair" : "pairs"));
        } else {
            List<Comparison> comparisons = Comparisons.defaultsFor(table);
            if (threads > 1) {
                linker.prime(comparisons).blockInBackground();
            }
            model = linker.train(comparisons).model();
        }
        Predictions p = linker.predict(model);
        times.putAll(linker.stageMillis());
        long t2 = System.nanoTime();
        int written = write(o, table, p, notices);
        times.put("write", (System.nanoTime() - t2) / 1_000_000);
        if (o.modelOut() != null) {
            p.model().save(o.modelOut());
        }
        times.put("total", (System.nanoTime() - t0) / 1_000_000);
        List<Map<ColumnRole, String>> roles = new ArrayList<>();
        List<List<String>> ignored = new ArrayList<>();
        roles.add(left.roles());
        ignored.add(left.ignored());
        if (right != null) {
            roles.add(right.roles());
            ignored.add(right.ignored());
        }
        List<Field> compared = new ArrayList<>();
        p.model().comparisons().forEach(c -> compared.addAll(c.fields()));
        return new LinkSummary(left.rows(), right == null ? 0 : right.rows(), roles, ignored,
                compared, linker.blocking().rules().stream().map(BlockingRule::name).toList(), p.candidates(), written,
                p.model(), times, notices);
    }

    /** How many columns not recognised a notice names; a wide export has hundreds. */
    private static final int UNKNOWN_COLUMNS_NAMED = 10;

    /**
     * A line for each file that was not UTF-8, so that nobody wonders why its accents look as they do, for each with
     * rows of more values than its header has columns, whose columns may be shifted, and for each with columns not used.
     */
    private static List<String> notices(LinkOptions o, List<CsvPersons.Columns> read) {
        List<String> out = new ArrayList<>();
        List<Path> files = o.files();
        for (int i = 0; i < read.size(); i++) {
            CsvPersons.Columns c = read.get(i);
            if (!c.encoding().equals(StandardCharsets.UTF_8)) {
                out.add(files.get(i) + " is not UTF-8: read as " + c.encoding().name()
                        + (c.encoding().equals(StandardCharsets.UTF_16) ? ", as its byte order mark says"
                        : ", as spreadsheet programs on Windows save CSV files"));
            }
            if (c.overlong() > 0) {
                out.add(files.get(i) + ": " + (c.overlong() == 1 ? "1 row has" : c.overlong() + " rows have")
                        + " more values than the header has columns (line" + (c.overlongLines().size() == 1 ? " " : "s ")
                        + c.overlongLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + (c.overlong() > c.overlongLines().size() ? ", ..." : "") + "): a value with a comma that is"
                        + " not in quotes shifts the values after it to the wrong columns; such rows were read by"
                        + " position all the same");
            }
            if (c.unreadableDates() > 0) {
                out.add(files.get(i) + ": " + (c.unreadableDates() == 1 ? "1 date of birth" : c.unreadableDates()
                        + " dates of birth") + " not read as a date (a two-digit year, say): compared as missing");
            }
            if (c.impossibleDates() > 0) {
                out.add(files.get(i) + ": " + (c.impossibleDates() == 1 ? "1 date of birth names" : c.impossibleDates()
                        + " dates of birth name") + " no real day (31/02, a month 13): compared by year, month and"
                        + " day as written, as a typed date's parts still say something");
            }
            List<String> unknown = c.ignored().stream()
                    .filter(h -> !h.isBlank() && !h.endsWith(" (protected characteristic, never used)")).toList();
            if (!unknown.isEmpty()) {
                out.add(files.get(i) + ": " + (unknown.size() == 1 ? "1 column" : unknown.size() + " columns")
                        + " not used, as no role was recognised in them or their role was taken by a column before ("
                        + unknown.stream().limit(UNKNOWN_COLUMNS_NAMED).collect(Collectors.joining(", "))
                        + (unknown.size() > UNKNOWN_COLUMNS_NAMED ? ", ..." : "")
                        + "): give a column's role with --column ROLE=COLUMN");
            }
            if (c.emptyRows() > 0) {
                out.add(files.get(i) + ": " + (c.emptyRows() == 1 ? "1 row has" : c.emptyRows() + " rows have")
                        + " no value at all, as a spreadsheet saves its empty rows: skipped");
            }
        }
        return out;
    }

    private static final List<NormalForm> END = List.of();

    /**
     * Reads the left file, and the right if there is one, into {@code table}, left rows first. With more than
     * one thread, each file has a reader thread of its own that parses its rows and puts them in normal form
     * (most of the cost), so two files are read at once, while the caller gives the values their codes in
     * batches through a bounded queue, in file order.
     */
    private static List<CsvPersons.Columns> read(LinkOptions o, RecordTable table, int threads) {
        List<Path> files = o.files();
        List<Map<ColumnRole, String>> roles = rolesPerFile(o, files);
        List<CsvPersons.Columns> columns = new ArrayList<>();
        if (threads < 2) {
            for (int source = 0; source < files.size(); source++) {
                int s = source;
                columns.add(CsvPersons.stream(files.get(s), o.idColumnOf(s), roles.get(s), r -> table.add(r, s)));
            }
            return columns;
        }
        List<Reader> readers = new ArrayList<>();
        for (int source = 0; source < files.size(); source++) {
            Reader r = new Reader(files.get(source), o.idColumnOf(source), roles.get(source));
            r.start();
            readers.add(r);
        }
        try {
            for (int source = 0; source < readers.size(); source++) {
                columns.add(readers.get(source).drainInto(table, source));
            }
        } finally {
            readers.forEach(Thread::interrupt); // a reader still running after a failure stops
        }
        return columns;
    }

    /**
     * The roles given with {@code --column} that each file has the column for: two files' headers may name the same
     * role differently ("Surname" and "Nom"), so a role is given once for each name. A column neither file has is an
     * error, as it is for one file.
     */
    private static List<Map<ColumnRole, String>> rolesPerFile(LinkOptions o, List<Path> files) {
        if (files.size() == 1 || o.roles().isEmpty()) {
            return files.stream().map(f -> o.roles()).toList();
        }
        List<List<String>> headers = files.stream().map(CsvPersons::headers).toList();
        List<Map<ColumnRole, String>> out = new ArrayList<>();
        for (List<String> h : headers) {
            Map<ColumnRole, String> roles = new LinkedHashMap<>();
            o.roles().forEach((role, column) -> {
                if (h.contains(column)) {
                    roles.put(role, column);
                }
            });
            out.add(roles);
        }
        o.roles().forEach((role, column) -> {
            if (headers.stream().noneMatch(h -> h.contains(column))) {
                throw new InputException("neither " + files.get(0) + " nor " + files.get(1) + " has a column " + column
                        + " for role " + role.key() + " (columns: " + headers.get(0) + " and " + headers.get(1) + ")");
            }
        });
        return out;
    }

    /** One file parsed and normalised on a thread of its own, handed over in batches of 1,024 rows. */
    private static final class Reader extends Thread {
        private final Path file;
        private final String idColumn;
        private final Map<ColumnRole, String> roles;
        private final BlockingQueue<List<NormalForm>> queue = new ArrayBlockingQueue<>(64);
        private final AtomicReference<Object> outcome = new AtomicReference<>();
        private List<NormalForm> batch = new ArrayList<>(1024);

        Reader(Path file, String idColumn, Map<ColumnRole, String> roles) {
            super("vigil-csv-reader");
            setDaemon(true);
            this.file = file;
            this.idColumn = idColumn;
            this.roles = roles;
        }

        @Override
        public void run() {
            try {
                CsvPersons.Columns c = CsvPersons.stream(file, idColumn, roles, r -> {
                    batch.add(NormalForm.of(r));
                    if (batch.size() == 1024) {
                        put(batch);
                        batch = new ArrayList<>(1024);
                    }
                });
                put(batch);
                outcome.set(c);
            } catch (RuntimeException e) {
                outcome.set(e);
            } finally {
                try {
                    queue.put(END);
                } catch (InterruptedException e) {
                    // the caller stopped reading after a failure elsewhere: nobody waits for the end
                }
            }
        }

        private void put(List<NormalForm> b) {
            try {
                queue.put(b);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        CsvPersons.Columns drainInto(RecordTable table, int source) {
            try {
                List<NormalForm> b;
                while ((b = queue.take()) != END) {
                    for (NormalForm r : b) {
                        table.add(r, source);
                    }
                }
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException("interrupted while reading " + file, e);
            }
            if (outcome.get() instanceof RuntimeException e) {
                throw e;
            }
            return (CsvPersons.Columns) outcome.get();
        }
    }

    /**
     * What tells one member of a household from another when given names disagree under one surname. A date of birth
     * that agrees counts here, unlike in mentions (which seldom have one): without it, FEBRL4 lost 14 true pairs whose
     * given names and identifiers were both garbled (F1 0.9999 to 0.9985); with it, twins stay joined.
     */
    static final Set<Field> PERSONAL = EnumSet.of(Field.PHONE, Field.EMAIL, Field.IDENTIFIER, Field.VRM, Field.BIRTH);

    /**
     * What says one person despite dates of birth that contradict. Not a phone, which a household shares as it shares
     * an address (a phone counts only where the given names are close, {@link HouseholdMembers}).
     */
    static final Set<Field> OWN = EnumSet.of(Field.EMAIL, Field.IDENTIFIER, Field.VRM);

    /**
     * The matches, less the pairs taken for two members of one household ({@link HouseholdMembers}: one surname, and
     * given names that differ with nothing personal shared, or dates of birth years apart under given names that are
     * not one name): their shared address and postcode outweighed what tells them apart. On a seeded table of 20,000
     * records in households with no phone column ({@code HouseholdTable}) precision went from 0.73 to 0.84. The number
     * left out goes in {@code notices}. Public so that vigil-spark writes the same pairs.
     */
    public static int[] apartFromRelatives(Predictions p, List<String> notices) {
        int[] matches = p.matches();
        HouseholdMembers household = HouseholdMembers.of(p.scorer(), PERSONAL, OWN).orElse(null);
        if (household == null) {
            return matches;
        }
        int[] kept = new int[matches.length];
        int n = 0;
        for (int i : matches) {
            if (!household.members(p.pairs().left(i), p.pairs().right(i))) {
                kept[n++] = i;
            }
        }
        if (n < matches.length) {
            int apart = matches.length - n;
            notices.add(String.format(java.util.Locale.ROOT, "%,d pair%s over the threshold not written: same surname,"
                    + " and given names that differ with no date of birth, phone, e-mail, identifier or registration"
                    + " in common, or dates of birth more than two years apart under given names that are not one name,"
                    + " so relatives, as the members of a household are", apart, apart == 1 ? "" : "s"));
        }
        return Arrays.copyOf(kept, n);
    }

    private static int write(LinkOptions o, RecordTable table, Predictions p, List<String> notices) {
        int[] matches = p == null ? new int[0] : apartFromRelatives(p, notices);
        try (BufferedWriter w = Files.newBufferedWriter(o.out(), StandardCharsets.UTF_8)) {
            w.write("left_id,right_id,probability\n");
            for (int i : matches) {
                w.write(csv(table.id(p.pairs().left(i))));
                w.write(',');
                w.write(csv(table.id(p.pairs().right(i))));
                w.write(',');
                w.write(sixDecimals(p.probability(i)));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new InputException("cannot write " + o.out() + ": " + e.getMessage(), e);
        }
        if (o.explainOut() != null) {
            try (BufferedWriter w = Files.newBufferedWriter(o.explainOut(), StandardCharsets.UTF_8)) {
                for (int i : matches) {
                    w.write(p.explain(i).toText());
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new InputException("cannot write " + o.explainOut() + ": " + e.getMessage(), e);
            }
        }
        return matches.length;
    }

    /** {@code p} in [0, 1] with six decimals ({@code 0.999871}), without {@code String.format}'s cost. */
    static String sixDecimals(double p) {
        long v = Math.round(Math.max(0, Math.min(1, p)) * 1_000_000);
        String frac = Long.toString(v % 1_000_000);
        return (v / 1_000_000) + "." + "000000".substring(frac.length()) + frac;
    }

    private static String csv(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

}
