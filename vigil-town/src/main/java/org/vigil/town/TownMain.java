package org.vigil.town;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java org.vigil.town.TownMain --seed N --concerns N --out FILE --truth FILE [--district-concerns N]
 * [--bad FILE]}: writes a town for scripts. The module depends on Jackson alone, so these few flags are read by
 * hand; {@code vigil town} in the CLI module is the user-facing command. Exit codes: 0 written, 2 bad arguments,
 * 1 could not write.
 */
public final class TownMain {
    private static final String USAGE = "usage: TownMain --out FILE --truth FILE [--seed N] [--concerns N]"
            + " [--district-concerns N] [--bad FILE]";

    private TownMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs with these arguments and returns the exit code. */
    public static int run(String[] args) {
        TownOptions options = TownOptions.defaults();
        Path out = null;
        Path truth = null;
        Path bad = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--help") || flag.equals("-h")) {
                    System.out.println(USAGE);
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                String value = args[++i];
                switch (flag) {
                    case "--seed" -> options = options.withSeed(Long.parseLong(value));
                    case "--concerns" -> options = options.withConcerns(Integer.parseInt(value.replace("_", "")));
                    case "--district-concerns" -> options = options.withDistrictConcerns(Integer.parseInt(value));
                    case "--out" -> out = Path.of(value);
                    case "--truth" -> truth = Path.of(value);
                    case "--bad" -> bad = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (out == null || truth == null) {
                throw new IllegalArgumentException("--out and --truth are required");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("town: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try {
            long start = System.nanoTime();
            TownSummary summary = new TownGenerator(options).writeTo(out, truth);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT, "town: seed %d: %,d concerns and %,d decisions to %s; %,d mentions of %,d"
                    + " people and %,d networks to %s (%.1f s)%n", options.seed(), summary.concerns(),
                    summary.decisions(), out, summary.mentions(), summary.persons(), summary.networks(), truth, seconds);
            if (bad != null) {
                int lines = BadSamples.writeTo(bad);
                System.err.printf(Locale.ROOT, "town: %d deliberately invalid lines to %s%n", lines, bad);
            }
            return 0;
        } catch (IOException e) {
            System.err.println("town: could not write: " + e.getMessage());
            return 1;
        }
    }
}
