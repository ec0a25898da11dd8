package org.vigil.linkage.table;

/**
 * Something derived once per distinct value of a vocabulary and kept in arrays indexed by code: the mechanism
 * behind {@link PackedValues}, {@link TokenSets} and {@link VrmMarks}. Values are derived in code order up to the
 * vocabulary's size, either all at once ({@link #prime}) or when a reader first asks for a code not derived yet
 * ({@link #ensure}); the arrays grow by doubling, so an index that interns one value at a time derives each value
 * once. ({@link CharPositions} and {@link LetterCounts} derive only the values asked for instead: most values are
 * never compared character by character, and their entries would be allocated for nothing.)
 */
abstract class PerValue {
    final Vocabulary vocabulary;
    /** Codes below this are derived. */
    private int derived;

    PerValue(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Derives every value interned so far; call before reading from several threads. */
    public final synchronized void prime() {
        int n = vocabulary.size();
        if (derived >= n) {
            return;
        }
        if (capacity() < n) {
            grow(Math.max(n, capacity() * 2));
        }
        for (int c = derived; c < n; c++) {
            derive(c, vocabulary.value(c));
        }
        derived = n;
    }

    /** Derives up to {@code code} if it is not derived yet. */
    final void ensure(int code) {
        if (code >= derived) {
            prime();
        }
    }

    /** How many codes the arrays hold. */
    abstract int capacity();

    /** Copies the arrays into ones of {@code length}. */
    abstract void grow(int length);

    /** Derives what is kept of {@code value}, whose code is {@code code}. */
    abstract void derive(int code, String value);
}
