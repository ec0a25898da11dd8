package org.vigil.log;

import java.util.Arrays;
import java.util.List;

/**
 * A C2SP tlog-checkpoint: the body of the signed note that commits a log to its tree of {@code size}
 * leaves with root {@code root}. The body is the origin line, the size in decimal, the base64 root, then
 * any extension lines, each ending in a newline.
 */
public record Checkpoint(String origin, long size, Hash root, List<String> extensions) {

    /** Checks the fields can be written as a checkpoint body and read back. */
    public Checkpoint {
        if (origin == null || origin.isEmpty()) {
            throw new IllegalArgumentException("checkpoint origin must not be empty");
        }
        if (!isLine(origin)) {
            throw new IllegalArgumentException("checkpoint origin must be one line of text: " + Hash.quote(origin));
        }
        if (size < 0) {
            throw new IllegalArgumentException("checkpoint tree size must not be negative: " + size);
        }
        if (root == null) {
            throw new IllegalArgumentException("checkpoint root is null");
        }
        if (extensions == null) {
            throw new IllegalArgumentException("checkpoint extensions are null; use an empty list");
        }
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || !isLine(line)) {
                throw new IllegalArgumentException("checkpoint extension must be one non-empty line: "
                        + Hash.quote(line));
            }
        }
    }

    /** A checkpoint without extension lines. */
    public Checkpoint(String origin, long size, Hash root) {
        this(origin, size, root, List.of());
    }

    /** The note text to sign: origin, size, base64 root and extension lines, each ending in {@code \n}. */
    public String toText() {
        StringBuilder text = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(root.base64()).append('\n');
        extensions.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** Signs the body, giving the signed checkpoint to publish. */
    public String sign(NoteSigner signer) {
        return signer.sign(toText());
    }

    /** Parses a checkpoint body (the text of the signed note, not the signed note itself). */
    public static Checkpoint parse(String body) {
        if (body == null) {
            throw new IllegalArgumentException("checkpoint body is null");
        }
        if (!body.endsWith("\n")) {
            throw new IllegalArgumentException("checkpoint body must end with a newline: " + Hash.quote(body));
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new IllegalArgumentException("checkpoint body needs origin, size and root lines, got "
                    + lines.length + ": " + Hash.quote(body));
        }
        long size = parseDecimal(lines[1], "checkpoint tree size");
        Hash root;
        try {
            root = Hash.fromBase64(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("checkpoint root is not a base64 SHA-256 hash: " + Hash.quote(lines[2]), e);
        }
        return new Checkpoint(lines[0], size, root, Arrays.asList(lines).subList(3, lines.length));
    }

    /** Verifies a signed checkpoint with the log's key and parses its body. */
    public static Checkpoint open(String signedNote, NoteVerifier verifier) {
        return parse(verifier.verify(signedNote));
    }

    /**
     * A non-negative ASCII decimal with no leading zeroes (C2SP tlog-checkpoint, tlog-proof), that fits a
     * long.
     */
    static long parseDecimal(String text, String what) {
        boolean digits = !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || text.length() > 1 && text.charAt(0) == '0') {
            throw new IllegalArgumentException(what + " must be a decimal without leading zeroes: " + Hash.quote(text));
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is too large: " + Hash.quote(text), e);
        }
    }

    private static boolean isLine(String s) {
        return s.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
