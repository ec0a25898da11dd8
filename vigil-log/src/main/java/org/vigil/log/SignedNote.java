package org.vigil.log;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A C2SP signed note taken apart, before any signature is checked: the text (ending in a newline) and
 * the signature lines after the last blank line, each {@code — <key name> base64(key ID || signature)}.
 */
record SignedNote(String text, List<Line> signatures) {

    /** The em dash and space that open a signature line. */
    static final String SIGNATURE_PREFIX = "\u2014 ";
    /** More signatures than this make a note malformed (the spec asks verifiers to accept at least 16). */
    static final int MAX_SIGNATURES = 100;

    /** One signature line. */
    record Line(String keyName, int keyId, byte[] signature) {
        Line {
            signature = signature.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Line other && keyName.equals(other.keyName) && keyId == other.keyId
                    && Arrays.equals(signature, other.signature);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * keyName.hashCode() + keyId) + Arrays.hashCode(signature);
        }

        @Override
        public String toString() {
            return "— " + keyName + " " + String.format(Locale.ROOT, "%08x", keyId);
        }
    }

    SignedNote {
        signatures = List.copyOf(signatures);
    }

    /** Splits a signed note, or throws {@link NoteVerificationException} with reason MALFORMED_NOTE. */
    static SignedNote parse(String note) {
        if (note == null) {
            throw malformed("the note is null");
        }
        String problem = textProblem(note, "note");
        if (problem != null) {
            throw malformed(problem);
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw malformed("no blank line separates the text from the signatures");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw malformed("the signature lines must follow the blank line and end with a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw malformed("the note has " + lines.length + " signatures, more than " + MAX_SIGNATURES);
        }
        List<Line> signatures = new ArrayList<>(lines.length);
        for (String line : lines) {
            signatures.add(parseLine(line));
        }
        return new SignedNote(text, signatures);
    }

    private static Line parseLine(String line) {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw malformed("not a signature line: " + Hash.quote(line));
        }
        String rest = line.substring(SIGNATURE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw malformed("signature line has no signature: " + Hash.quote(line));
        }
        String name = rest.substring(0, space);
        if (!isKeyName(name)) {
            throw malformed("signature line has a bad key name: " + Hash.quote(line));
        }
        byte[] decoded;
        try {
            decoded = Base64s.decodeCanonical(rest.substring(space + 1), "signature");
        } catch (IllegalArgumentException e) {
            throw new NoteVerificationException(NoteVerificationException.Reason.MALFORMED_NOTE,
                    "signature line is not canonical base64: " + Hash.quote(line), e);
        }
        if (decoded.length < 5) {
            throw malformed("signature line holds " + decoded.length + " bytes, too few for a key ID and signature");
        }
        int keyId = ByteBuffer.wrap(decoded, 0, 4).getInt();
        return new Line(name, keyId, Arrays.copyOfRange(decoded, 4, decoded.length));
    }

    /**
     * C2SP signed-note: key names are non-empty and contain no Unicode spaces and no {@code +}.
     */
    static boolean isKeyName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        return name.codePoints().noneMatch(c -> c == '+' || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.isISOControl(c));
    }

    /**
     * C2SP signed-note: a note contains no ASCII control characters other than newline, and its text
     * ends in a newline. Returns what is wrong, or null.
     */
    static String textProblem(String text, String what) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            return "the " + what + " must end with a newline";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' || c == 0x7f) {
                return "the " + what + " contains control character U+" + String.format(Locale.ROOT, "%04X", (int) c) + " at " + i;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "the " + what + " is not valid Unicode text at " + i;
                }
                i++;
            }
        }
        return null;
    }

    private static NoteVerificationException malformed(String message) {
        return new NoteVerificationException(NoteVerificationException.Reason.MALFORMED_NOTE, message);
    }
}
