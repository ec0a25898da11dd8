package org.vigil.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A C2SP tlog-proof@v1 receipt: offline evidence that an entry is in the log. It carries the entry's
 * index, its inclusion proof, the signed checkpoint the proof leads to (verbatim), and optionally
 * {@code extra} bytes; Vigil puts the entry itself there so anyone can recompute its leaf hash.
 *
 * <pre>
 * c2sp.org/tlog-proof@v1
 * extra &lt;base64 extra&gt;        (optional)
 * index &lt;decimal index&gt;
 * &lt;base64 proof hash&gt;          (zero or more, leaf's sibling first)
 *
 * &lt;signed checkpoint&gt;
 * </pre>
 *
 * The extra bytes are not authenticated by themselves: {@link #check(NoteVerifier)} trusts them only
 * because their leaf hash is proved included.
 */
public record Receipt(byte[] extra, long index, List<Hash> proof, String signedCheckpoint) {

    /** The first line of every receipt. */
    public static final String HEADER = "c2sp.org/tlog-proof@v1";

    /** Copies the fields; {@code extra} may be null, meaning absent. */
    public Receipt {
        extra = extra == null ? null : extra.clone();
        if (index < 0) {
            throw new IllegalArgumentException("receipt index must not be negative: " + index);
        }
        if (proof == null) {
            throw new IllegalArgumentException("receipt proof is null");
        }
        proof = List.copyOf(proof);
        if (signedCheckpoint == null || signedCheckpoint.isEmpty() || !signedCheckpoint.endsWith("\n")) {
            throw new IllegalArgumentException("signed checkpoint must be a signed note ending in a newline: "
                    + Hash.quote(signedCheckpoint));
        }
    }

    /**
     * Makes the receipt for the entry at {@code index}, proving it against the tree the signed checkpoint
     * names, which the log must already cover.
     */
    public static Receipt prove(LogReader log, long index, byte[] entry, String signedCheckpoint) {
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(signedCheckpoint).text());
        Hash leaf = Rfc6962.leafHash(entry);
        if (!log.leafHash(index).equals(leaf)) {
            throw new IllegalArgumentException("the entry is not the log's leaf " + index);
        }
        return new Receipt(entry, index, log.inclusionProof(index, checkpoint.size()), signedCheckpoint);
    }

    /** A copy of the extra bytes, or null when the receipt has none. */
    @Override
    public byte[] extra() {
        return extra == null ? null : extra.clone();
    }

    /** The receipt text, ready to save as a {@code .tlog-proof} file. */
    public String toText() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        if (extra != null) {
            text.append("extra ").append(Base64s.encode(extra)).append('\n');
        }
        text.append("index ").append(index).append('\n');
        proof.forEach(hash -> text.append(hash.base64()).append('\n'));
        return text.append('\n').append(signedCheckpoint).toString();
    }

    /** Parses receipt text; throws {@link IllegalArgumentException} naming the first bad line. */
    public static Receipt parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("receipt text is null");
        }
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalArgumentException("receipt has no blank line before its checkpoint");
        }
        String[] lines = text.substring(0, blank).split("\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("receipt must start with " + HEADER + ": " + Hash.quote(lines[0]));
        }
        int at = 1;
        byte[] extra = null;
        if (at < lines.length && lines[at].startsWith("extra ")) {
            extra = Base64s.decodeCanonical(lines[at].substring("extra ".length()), "receipt extra");
            at++;
        }
        if (at == lines.length || !lines[at].startsWith("index ")) {
            throw new IllegalArgumentException("receipt needs an index line after its header");
        }
        long index = Checkpoint.parseDecimal(lines[at].substring("index ".length()), "receipt index");
        List<Hash> proof = new ArrayList<>();
        for (at++; at < lines.length; at++) {
            try {
                proof.add(Hash.fromBase64(lines[at]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("receipt proof line " + (proof.size() + 1)
                        + " is not a base64 hash: " + Hash.quote(lines[at]), e);
            }
        }
        return new Receipt(extra, index, proof, text.substring(blank + 2));
    }

    /**
     * Checks the receipt: the checkpoint is signed by the verifier's key, and the leaf hash of
     * {@code extra} is at {@code index} in the checkpoint's tree. Returns the checkpoint. The caller
     * should also check that its origin is the log it expects.
     */
    public Checkpoint check(NoteVerifier verifier) {
        if (extra == null) {
            throw new IllegalArgumentException("receipt has no extra entry; check it against a leaf hash");
        }
        return checkLeaf(verifier, Rfc6962.leafHash(extra));
    }

    /**
     * As {@link #check(NoteVerifier)}, for the given leaf hash; when the receipt also has {@code extra},
     * it must hash to that leaf.
     */
    public Checkpoint check(NoteVerifier verifier, Hash leafHash) {
        if (leafHash == null) {
            throw new IllegalArgumentException("leaf hash is null");
        }
        if (extra != null && !Rfc6962.leafHash(extra).equals(leafHash)) {
            throw new ProofFailedException("the receipt's extra entry hashes to " + Rfc6962.leafHash(extra)
                    + ", not to the leaf " + leafHash);
        }
        return checkLeaf(verifier, leafHash);
    }

    private Checkpoint checkLeaf(NoteVerifier verifier, Hash leafHash) {
        if (verifier == null) {
            throw new IllegalArgumentException("verifier is null");
        }
        Checkpoint checkpoint = Checkpoint.open(signedCheckpoint, verifier);
        Proofs.checkInclusion(leafHash, index, checkpoint.size(), proof, checkpoint.root());
        return checkpoint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Receipt other && Arrays.equals(extra, other.extra) && index == other.index
                && proof.equals(other.proof) && signedCheckpoint.equals(other.signedCheckpoint);
    }

    @Override
    public int hashCode() {
        return ((Arrays.hashCode(extra) * 31 + Long.hashCode(index)) * 31 + proof.hashCode()) * 31
                + signedCheckpoint.hashCode();
    }

    @Override
    public String toString() {
        return "Receipt[index=" + index + ", proof=" + proof.size() + " hashes, extra="
                + (extra == null ? "none" : extra.length + " bytes") + "]";
    }
}
