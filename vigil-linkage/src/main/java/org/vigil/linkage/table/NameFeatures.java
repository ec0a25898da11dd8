package org.vigil.linkage.table;

import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.vigil.linkage.value.Folding;
import org.vigil.linkage.value.Nicknames;

/**
 * Features of each distinct name in a table's name vocabulary, computed once per name: the compact form
 * (spaces removed), the Double Metaphone primary and alternate codes (commons-codec), the name's number
 * in the nickname table, and its initial. Codes of derived strings are comparable with each other
 * (same code, same string), not with name codes.
 */
public final class NameFeatures {
    private final Vocabulary names;
    private final Vocabulary compacts = new Vocabulary();
    private final Vocabulary phonetic = new Vocabulary();
    private final CodeFeature compact;
    private final CodeFeature metaphone;
    private final CodeFeature alternateMetaphone;
    private final CodeFeature nickname;
    private final CodeFeature initialAndLength;
    /** Null unless learning; for each name code, the other given names written with it in one record. */
    private int[][] together;

    NameFeatures(Vocabulary names) {
        this.names = names;
        this.compact = new CodeFeature(names, c -> compacts.intern(Folding.compact(names.value(c))));
        this.metaphone = new CodeFeature(names, c -> phoneticCode(names.value(c), false));
        this.alternateMetaphone = new CodeFeature(names, c -> phoneticCode(names.value(c), true));
        this.nickname = new CodeFeature(names, c -> Nicknames.standard().id(names.value(c)));
        this.initialAndLength = new CodeFeature(names, c -> names.value(c).charAt(0) << 16 | Math.min(0xffff, names.value(c).length()));
    }

    private int phoneticCode(String name, boolean alternate) {
        String code = new DoubleMetaphone().doubleMetaphone(Folding.compact(name), alternate);
        if (code == null || code.isEmpty()) {
            return -1;
        }
        synchronized (phonetic) {
            return phonetic.intern(code);
        }
    }

    /**
     * Starts learning which given names are one person's: names written together in one record ("Dean",
     * alias "Doc") are then {@link #writtenTogether} in every later comparison. Initials are not learned.
     */
    public void learnNamesWrittenTogether() {
        if (together == null) {
            together = new int[16][];
        }
    }

    /** Records that the names {@code codes} were written together for one person (when learning). */
    void writtenTogether(int[] codes) {
        if (together == null || codes.length < 2) {
            return;
        }
        for (int x : codes) {
            for (int y : codes) {
                if (x != y && !isInitial(x) && !isInitial(y) && !writtenTogether(x, y)) {
                    if (x >= together.length) {
                        together = java.util.Arrays.copyOf(together, Math.max(x + 1, together.length * 2));
                    }
                    int[] ys = together[x];
                    ys = ys == null ? new int[1] : java.util.Arrays.copyOf(ys, ys.length + 1);
                    ys[ys.length - 1] = y;
                    together[x] = ys;
                }
            }
        }
    }

    /** Whether given names {@code x} and {@code y} were written together in one record (false unless learning). */
    public boolean writtenTogether(int x, int y) {
        if (together == null || x >= together.length || together[x] == null) {
            return false;
        }
        for (int z : together[x]) {
            if (z == y) {
                return true;
            }
        }
        return false;
    }

    public String value(int code) {
        return names.value(code);
    }

    /** The vocabulary of names these are features of. */
    public Vocabulary vocabulary() {
        return names;
    }

    /** Code of the name without spaces; equal for {@code "ever ett"} and {@code "everett"}. */
    public int compact(int code) {
        return compact.get(code);
    }

    /** Double Metaphone primary code, or -1. */
    public int metaphone(int code) {
        return metaphone.get(code);
    }

    /** Double Metaphone alternate code (same numbering as {@link #metaphone}), or -1. */
    public int alternateMetaphone(int code) {
        return alternateMetaphone.get(code);
    }

    /** Number in {@link Nicknames#standard()}, or -1. */
    public int nickname(int code) {
        return nickname.get(code);
    }

    /** First letter of the name (from a per-name feature: no string is read). */
    public char initial(int code) {
        return (char) (initialAndLength.get(code) >>> 16);
    }

    /** Whether the name is a single letter (an initial). */
    public boolean isInitial(int code) {
        return (initialAndLength.get(code) & 0xffff) == 1;
    }

    /** Computes every feature for every name interned so far; call before reading from several threads. */
    public void prime() {
        primingTasks().forEach(Runnable::run);
    }

    /**
     * {@link #prime()} as independent tasks that may run on different threads at once, longest first. The two
     * phonetic codes share one vocabulary, so they are one task: their codes are then numbered in the same order
     * whatever the threads.
     */
    List<Runnable> primingTasks() {
        return List.of(() -> {
            metaphone.prime();
            alternateMetaphone.prime();
        }, compact::prime, nickname::prime, initialAndLength::prime);
    }
}
