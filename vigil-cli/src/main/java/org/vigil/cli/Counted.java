package org.vigil.cli;

import java.util.Locale;

/** A count with its noun, singular for one: "1 entry", "1,204 entries". */
final class Counted {
    private Counted() {
    }

    static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
