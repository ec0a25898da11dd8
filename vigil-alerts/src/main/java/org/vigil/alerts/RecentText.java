package org.vigil.alerts;

/**
 * One instance of each sentence said lately: an alert's reasons are built anew at every assessment, and most say what
 * the alert's last version said, or what another alert about the same report said ("harm 153.09 CCHI days: the sum
 * over 1 of 1 reports …"): at a million concerns the reasons kept were half the same text twice. A sentence equal to
 * one in its slot is given back as that instance; otherwise it takes the slot. Slots are chosen by hash, so this keeps
 * a bounded number of sentences and forgets old ones, unlike an intern table that would keep every reason ever
 * replaced. Not thread-safe.
 */
final class RecentText {
    private final String[] slots;
    private final int shift;

    /** A cache of {@code 2^bits} slots. */
    RecentText(int bits) {
        if (bits < 1 || bits > 24) {
            throw new IllegalArgumentException("bits out of 1..24: " + bits);
        }
        slots = new String[1 << bits];
        shift = 32 - bits;
    }

    /** The instance kept of a sentence equal to {@code text}, or {@code text}, now kept in its place; null for null. */
    String of(String text) {
        if (text == null) {
            return null;
        }
        int slot = (text.hashCode() * 0x9E3779B9) >>> shift;
        String kept = slots[slot];
        if (text.equals(kept)) {
            return kept;
        }
        slots[slot] = text;
        return text;
    }
}
