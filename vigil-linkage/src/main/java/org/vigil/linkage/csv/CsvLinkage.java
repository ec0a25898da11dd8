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
                throw refused("no column of " + files.get(i) + " was recognised as a given name, surname,"
                        + " date of birth, address, postcode, phone or the like (columns: " + read.get(i).ignored()
                        + "): name each column's role with --column ROLE=COLUMN, such as --column surname=family", o, read);
            }
        }
        if (table.size() < 2 || (right != null && (right.rows() == 0 || left.rows() == 0))) {
            // One record, or a file with no rows: no pair can match, which is an answer, not an error.
            write(o, table, null, List.of());
            times.put("total", (System.nanoTime() - t0) / 1_000_000);
            return new LinkSummary(left.rows(), right == null ? 0 : right.rows(),
                    read.stream().map(CsvPersons.Columns::roles).toList(),
                    read.stream().map(CsvPersons.Columns::ignored).toList(), List.of(), List.of(), 0, 0, null, times,
                    notices(o, read));
        }
        Set<Field> fields = table.presentFields();
        if (fields.isEmpty()) {
            throw refused("no usable columns in " + o.left() + ": nothing to compare", o, read);
        }
        if (o.blockingRules() == null && LinkageSettings.defaultBlockingRules(fields).isEmpty()) {
            throw refused("the columns read give only " + fields + ", and no blocking rule can be made of "
                    + (fields.size() == 1 ? "it" : "them") + " alone: add a column of surnames, dates of birth,"
                    + " postcodes, phones or identifiers, or give the rules with --blocking", o, read);
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
        boolean estimateLambda = true;
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
            // A handful of pairs cannot say how many match: estimated from them, λ came out near a third in a table of
            // six, and joined two women of one name born fifteen years apart at different postcodes. The prior stays.
            estimateLambda = false;
            notices.add(String.format(java.util.Locale.ROOT, "only %,.0f %s to compare, too few to train a model on:"
                    + " the default weights and prior were used", linker.totalPairs(),
                    linker.totalPairs() == 1 ? "pair" : "pairs"));
        } else {
            List<Comparison> comparisons = Comparisons.defaultsFor(table);
            if (threads > 1) {
                linker.prime(comparisons).blockInBackground();
            }
            model = linker.train(comparisons).model();
        }
        List<Set<Field>> perFile = right == null ? List.of(fields)
                : List.of(table.presentFields(0), table.presentFields(1));
        Set<Field> comparable = EnumSet.copyOf(perFile.get(0));
        perFile.forEach(comparable::retainAll);
        if (right != null) {
            oneSided(o, perFile, comparable).ifPresent(notices::add);
        }
        if (o.modelIn() != null) {
            notices.addAll(modelMismatches(o, model, Comparisons.defaultsFor(table), fields));
        }
        Predictions p = linker.predict(model, estimateLambda);
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
        p.model().comparisons().forEach(c -> c.fields().stream().filter(comparable::contains).forEach(compared::add));
        return new LinkSummary(left.rows(), right == null ? 0 : right.rows(), roles, ignored,
                compared, linker.blocking().rules().stream().map(BlockingRule::name).toList(), p.candidates(), written,
                p.model(), times, notices);
    }

    /**
     * When two files are linked, the fields one file has and the other lacks: no pair can compare them, and a user
     * who sees a date of birth column in one file should not think it was used.
     */
    private static java.util.Optional<String> oneSided(LinkOptions o, List<Set<Field>> perFile, Set<Field> both) {
        List<String> sides = new ArrayList<>();
        for (int source = 0; source < 2; source++) {
            Set<Field> only = EnumSet.copyOf(perFile.get(source));
            only.removeAll(both);
            if (!only.isEmpty()) {
                sides.add(o.files().get(source) + " has " + keys(only) + ", which " + o.files().get(1 - source)
                        + " lacks");
            }
        }
        return sides.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(String.join("; ", sides) + ": not compared, as no pair has both sides");
    }

    /**
     * What a saved model and the files disagree on: the fields it compares that no column gives (compared as missing),
     * and the fields the files give that it does not compare (a model trained on them would).
     */
    private static List<String> modelMismatches(LinkOptions o, LinkageModel model, List<Comparison> defaults,
                                                Set<Field> present) {
        Set<Field> inModel = EnumSet.noneOf(Field.class);
        model.comparisons().forEach(c -> inModel.addAll(c.fields()));
        Set<Field> absent = EnumSet.copyOf(inModel);
        absent.removeAll(present);
        Set<Field> unused = EnumSet.noneOf(Field.class);
        defaults.forEach(c -> unused.addAll(c.fields()));
        unused.removeAll(inModel);
        List<String> out = new ArrayList<>();
        if (!absent.isEmpty()) {
            out.add("the model " + o.modelIn() + " compares " + keys(absent) + ", which no column read gives: compared"
                    + " as missing");
        }
        if (!unused.isEmpty()) {
            out.add("the model " + o.modelIn() + " does not compare " + keys(unused) + ", which the columns read give:"
                    + " leave out --model to train on them");
        }
        return out;
    }

    private static String keys(Set<Field> fields) {
        return fields.stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** How many columns not recognised a notice names; a wide export has hundreds. */
    private static final int UNKNOWN_COLUMNS_NAMED = 10;

    /**
     * What the user should know about how each file was read: lines that were not UTF-8, so that nobody wonders why
     * their accents look as they do; rows of more or fewer values than the header has columns, whose values may sit
     * under the wrong columns; values read as missing; and columns not used.
     */
    private static List<String> notices(LinkOptions o, List<CsvPersons.Columns> read) {
        List<String> out = new ArrayList<>();
        List<Path> files = o.files();
        for (int i = 0; i < read.size(); i++) {
            CsvPersons.Columns c = read.get(i);
            Path file = files.get(i);
            if (!c.encoding().equals(StandardCharsets.UTF_8)) {
                out.add(file + " is not UTF-8: read as " + c.encoding().name()
                        + (c.encoding().equals(StandardCharsets.UTF_16) ? ", as its byte order mark says"
                        : ", as spreadsheet programs on Windows save CSV files"));
            }
            if (c.notUtf8() > 0) {
                out.add(file + ": " + rows(c.notUtf8(), "line is", "lines are") + " not UTF-8 (" + lines(c.notUtf8(),
                        c.notUtf8Lines()) + "): read as windows-1252, as spreadsheet programs on Windows save CSV"
                        + " files; the other lines as UTF-8");
            }
            if (c.overlong() > 0) {
                out.add(file + ": " + rows(c.overlong(), "row has", "rows have") + " more values than the header has"
                        + " columns (" + lines(c.overlong(), c.overlongLines()) + "): a value with a comma that is not in"
                        + " quotes shifts the values after it to the wrong columns; such rows were read by position all"
                        + " the same");
            }
            if (c.short_() > 0) {
                out.add(file + ": " + rows(c.short_(), "row has", "rows have") + " fewer values than the header has"
                        + " columns (" + lines(c.short_(), c.shortLines()) + ")" + (c.short_() == c.rows()
                        ? ", every row: the header may name a column the rows do not have, which puts each value"
                        + " after it under the wrong column; read by position all the same"
                        : ": read by position, the values missing taken as empty at the end"));
            }
            if (c.unreadableDates() > 0) {
                out.add(file + ": " + rows(c.unreadableDates(), "date of birth", "dates of birth")
                        + " not read as a date (a two-digit year, or words): compared as missing");
            }
            if (c.impossibleDates() > 0) {
                out.add(file + ": " + rows(c.impossibleDates(), "date of birth names", "dates of birth name")
                        + " no real day (31/02, a month 13): compared by year, month and day as written, as a typed"
                        + " date's parts still say something");
            }
            if (c.sentinelDates() > 0) {
                out.add(file + ": " + rows(c.sentinelDates(), "date of birth is", "dates of birth are")
                        + " before the year 100 or after 9000, as systems write \"no date\" (9999-12-31, 0001-01-01):"
                        + " compared as missing");
            }
            if (c.futureDates() > 0) {
                out.add(file + ": " + rows(c.futureDates(), "date of birth is", "dates of birth are")
                        + " in the future (a year typed wrong, say): compared as written, as the month and day still say"
                        + " something");
            }
            if (c.placeholderNames() > 0) {
                out.add(file + ": " + rows(c.placeholderNames(), "given name or surname says", "given names and"
                        + " surnames say") + " no name was known (Unknown, N/K, Not Known, Baby, or no letter at all):"
                        + " compared as missing, so they link nobody");
            }
            List<String> unknown = c.ignored().stream()
                    .filter(h -> !h.isBlank() && !h.endsWith(" (protected characteristic, never used)")).toList();
            if (!unknown.isEmpty()) {
                out.add(file + ": " + (unknown.size() == 1 ? "1 column" : unknown.size() + " columns")
                        + " not used, as no role was recognised in them or their role was taken by a column before ("
                        + unknown.stream().limit(UNKNOWN_COLUMNS_NAMED).collect(Collectors.joining(", "))
                        + (unknown.size() > UNKNOWN_COLUMNS_NAMED ? ", ..." : "")
                        + "): give a column's role with --column ROLE=COLUMN");
            }
            if (c.emptyRows() > 0) {
                out.add(file + ": " + rows(c.emptyRows(), "row has", "rows have")
                        + " no value at all, as a spreadsheet saves its empty rows: skipped");
            }
        }
        return out;
    }

    /**
     * The input refused for {@code why}, with what reading the files found (rows of fewer values than the header has
     * columns are often the reason no column holds what its header says).
     */
    private static InputException refused(String why, LinkOptions o, List<CsvPersons.Columns> read) {
        List<String> found = notices(o, read);
        return new InputException(found.isEmpty() ? why : why + System.lineSeparator() + String.join(
                System.lineSeparator(), found));
    }

    /** "1 row has" or "12 rows have". */
    private static String rows(int n, String one, String many) {
        return n == 1 ? "1 " + one : n + " " + many;
    }

    /** "line 3" or "lines 3, 9, ..." of the {@code kept} first of {@code n}. */
    private static String lines(int n, List<Long> kept) {
        return "line" + (kept.size() == 1 ? " " : "s ") + kept.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + (n > kept.size() ? ", ..." : "");
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
