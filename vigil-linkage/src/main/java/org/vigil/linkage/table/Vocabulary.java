package org.vigil.linkage.table;

import java.util.Arrays;

/**
 * Distinct normalised values and their integer codes, in order of first appearance. An open-addressing
 * table (no boxing, no entry objects): interning a million distinct identifiers is a few hundred
 * milliseconds. Interning is not thread-safe; reading is, once interning has stopped. Two codes are
 * equal exactly when their values are.
 *
 * <p>The per-value features ({@link #letterCounts()} and the others) are created once and then read without
 * a lock: comparisons ask for them on every pair, from every scoring thread.
 */
public final class Vocabulary {
    private String[] slots = new String[64];
    private int[] slotCodes = new int[64];
    private int[] slotHashes = new int[64];
    private int shift = 32 - 6;
    private String[] values = new String[16];
    private int size;
    private final Lazy<LetterCounts> letterCounts = new Lazy<>(() -> new LetterCounts(this));
    private final Lazy<PackedValues> packedValues = new Lazy<>(() -> new PackedValues(this));
    private final Lazy<TokenSets> tokenSets = new Lazy<>(() -> new TokenSets(this));
    private final Lazy<CharPositions> charPositions = new Lazy<>(() -> new CharPositions(this));
    private final Lazy<VrmMarks> vrmMarks = new Lazy<>(() -> new VrmMarks(this));

    /** An empty vocabulary. */
    public Vocabulary() {
    }

    /** The code for {@code value}, adding it if new. */
    public int intern(String value) {
        int i = slot(value);
        if (slots[i] != null) {
            return slotCodes[i];
        }
        int code = size;
        if (code == values.length) {
            values = Arrays.copyOf(values, code * 2);
        }
        values[code] = value;
        size++;
        slots[i] = value;
        slotCodes[i] = code;
        slotHashes[i] = value.hashCode();
        if (size * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    /** The code for {@code value}, or -1 if it has not been interned. */
    public int code(String value) {
        int i = slot(value);
        return slots[i] == null ? -1 : slotCodes[i];
    }

    private int slot(String value) {
        int mask = slots.length - 1;
        int h = value.hashCode();
        int i = (h * 0x9E3779B9) >>> shift; // Fibonacci hashing: the product's high bits
        String s;
        while ((s = slots[i]) != null && (slotHashes[i] != h || !s.equals(value))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void rehash() {
        String[] old = slots;
        int[] oldCodes = slotCodes;
        int[] oldHashes = slotHashes;
        slots = new String[old.length * 2];
        slotCodes = new int[old.length * 2];
        slotHashes = new int[old.length * 2];
        shift--;
        int mask = slots.length - 1;
        for (int j = 0; j < old.length; j++) {
            if (old[j] != null) {
                int i = (oldHashes[j] * 0x9E3779B9) >>> shift;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = old[j];
                slotCodes[i] = oldCodes[j];
                slotHashes[i] = oldHashes[j];
            }
        }
    }

    public String value(int code) {
        if (code < 0 || code >= size) {
            throw new IndexOutOfBoundsException("no code " + code + " in a vocabulary of " + size);
        }
        return values[code];
    }

    public int size() {
        return size;
    }

    /** Word-token sets of every value, for token similarity; created on first use, then shared. */
    public TokenSets tokenSets() {
        return tokenSets.get();
    }

    /** Short values packed into longs, for a cheap one-edit test; created on first use, then shared. */
    public PackedValues packedValues() {
        return packedValues.get();
    }

    /** Where each character of every value occurs, for Jaro–Winkler; created on first use, then shared. */
    public CharPositions charPositions() {
        return charPositions.get();
    }

    /** Every value packed as a vehicle registration, for wildcard matching; created on first use, then shared. */
    public VrmMarks vrmMarks() {
        return vrmMarks.get();
    }

    /** Character counts of every value, for a cheap Jaro–Winkler bound; created on first use, then shared. */
    public LetterCounts letterCounts() {
        return letterCounts.get();
    }
}
